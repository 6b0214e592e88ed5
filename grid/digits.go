package grid

import "fmt"

// ParseDigits parses a map of the digits 0 to 9 into a grid of their
// values, as height and cost maps are written, refusing any other
// character with a [*ParseError] that names its line and column. It takes
// the input and options of [ParseString].
func ParseDigits(s string, opts ...Option) (Grid[uint8], error) {
	return ParseStringFunc(s, func(_ Point, c byte) (uint8, error) {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("%w: %q is not a digit", ErrSyntax, c)
		}
		return c - '0', nil
	}, opts...)
}
