package grid

// An Option changes how a parser of this package reads its input: [Parse],
// [ParseString], [ParseFunc], [ParseStringFunc], [Section.Grid],
// [ParseInts] and [ParsePoints]. A nil Option is ignored.
//
// An Option takes the options so far and returns them changed, by value, so
// that applying options moves nothing to the heap.
type Option func(options) options

type options struct {
	maxCells  int
	firstLine int
	text      bool      // the text is not the start of the input: keep a BOM
	glyphs    *glyphSet // the bytes a map of bytes may hold; nil for any
}

// A glyphSet is what Glyphs keeps: kept apart, so that options stay small
// to copy.
type glyphSet struct {
	in  [256]bool // the bytes of the set
	set string    // the set as given, for errors
}

// DefaultMaxCells is the largest grid that the parsers accept unless
// [MaxCells] says otherwise: 2^27 cells, 128 MiB as a Grid[byte].
const DefaultMaxCells = 1 << 27

// MaxCells limits the grid to at most n cells; input that holds more is
// refused with [ErrTooLarge]. The grid parsers store no more than n cells
// and read no more than 3n+4097 bytes, so a huge or endless input is
// refused quickly; text longer than 3n+4096 bytes is refused even if it
// holds fewer cells. Values below 1 or above [DefaultMaxCells] mean
// DefaultMaxCells. [ParseInts] and [ParsePoints] ignore it.
func MaxCells(n int) Option {
	return func(o options) options {
		if n < 1 || n > maxCells {
			n = maxCells
		}
		o.maxCells = n
		return o
	}
}

// FirstLine says that the text being parsed starts at line n of a larger
// input, such as a [Section]: errors then number lines from n, so that they
// point into the whole input. When n is above 1 a leading byte order mark
// is not dropped, being no longer at the start of the input. Values below 1
// mean 1, the default.
func FirstLine(n int) Option {
	return func(o options) options {
		o.firstLine, o.text = max(n, 1), n > 1
		return o
	}
}

// Glyphs limits a map of bytes to the characters in set: any other is
// refused with a [*ParseError] that names its line and column. A block
// whose first line is a header ("Tile 17:") then fails to parse as a map,
// rather than parsing with the header as its first row when the widths
// happen to agree. It applies to [Parse], [ParseString], [MustParse] and
// [Section.Grid]; the parsers of other cell types check cells in their own
// function. Each cell then costs a table lookup.
func Glyphs(set string) Option {
	g := &glyphSet{set: set}
	for i := range len(set) {
		g.in[set[i]] = true
	}
	return func(o options) options {
		o.glyphs = g
		return o
	}
}

// inside marks the text as taken from inside an input, after any byte
// order mark was dropped.
func inside(o options) options {
	o.text = true
	return o
}

// collect applies opts, skipping nil ones, to the defaults.
func collect(opts []Option) options {
	return collectFrom(options{maxCells: maxCells, firstLine: 1}, opts)
}

// collectFrom applies opts, skipping nil ones, to o.
func collectFrom(o options, opts []Option) options {
	for _, opt := range opts {
		if opt != nil {
			o = opt(o)
		}
	}
	return o
}
