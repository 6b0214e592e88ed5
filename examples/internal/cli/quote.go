package cli

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

// Quote returns the cell c quoted for an error message: as a Go character
// literal if it is ASCII ('x', '\t', '\x00'), and as a hex escape ('\xc3')
// if it is a byte of a longer UTF-8 sequence, which a character literal
// would misprint as a character of its own.
func Quote(c byte) string {
	if c < utf8.RuneSelf {
		return strconv.QuoteRune(rune(c))
	}
	return fmt.Sprintf(`'\x%02x'`, c)
}
