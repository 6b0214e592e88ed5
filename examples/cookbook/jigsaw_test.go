package cookbook

import (
	"fmt"
	"math/bits"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/gridsearch/gridsearch/grid"
	"github.com/gridsearch/gridsearch/grid/bitrows"
	"github.com/samber/lo"
)

// Jigsaw: the input is square tiles of rock '#' and water '.', each a
// block "Tile <id>:" then its map, cut from one square image and each
// shuffled, turned and perhaps mirrored. Neighbouring tiles share their
// border: the edge one tile has on a side, the other has on the facing
// side, and no two edges of different pairs look alike, either way
// round. Part 1: the product of the ids of the four corner tiles. Part 2:
// put the image together, drop every tile's border, and look for the
// serpent below in every orientation; how many rocks are not part of a
// serpent?

// serpent is the pattern to look for: its '#' cells must be rock, and its
// '.' cells may be anything.
const serpent = `
..#....#....#..
.#.#..#.#..#.#.
#...##...##...#
`

// A tile is one piece of the image: its id, its map as rows of bits (a
// rock a set bit) and its four edges, Up, Right, Down and Left, each read
// clockwise as a bit string.
type tile struct {
	id    int
	rocks *bitrows.Grid
	edges [4]uint64
}

// readTiles reads the tiles: each block a header "Tile <id>:" and a map
// of '#' and '.' of 10x10, as in the puzzle.
func readTiles(input string) ([]tile, error) {
	sections := grid.Sections(input)
	tiles := make([]tile, 0, len(sections))
	for _, s := range sections {
		head, body := s.Header()
		id, ok := strings.CutPrefix(head, "Tile ")
		n, err := strconv.Atoi(strings.TrimSuffix(id, ":"))
		if !ok || err != nil || !strings.HasSuffix(id, ":") {
			return nil, fmt.Errorf("line %d: %q is not a header \"Tile <id>:\"", s.Line, head)
		}
		rocks, err := bitrows.FromSection(body, '#', '.') // straight into bits
		if err != nil {
			return nil, err
		}
		if rocks.Rows() != 10 || rocks.Cols() != 10 {
			return nil, fmt.Errorf("line %d: tile %d is %dx%d, want 10x10", s.Line, n, rocks.Rows(), rocks.Cols())
		}
		tiles = append(tiles, tile{n, rocks, rocks.Edges()})
	}
	return tiles, nil
}

// jigsaw returns the product of the corner tiles' ids, and the rocks left
// when every serpent is taken out of the image the tiles make.
func jigsaw(tiles []tile) (corners, rough int, err error) {
	side := 0
	for side*side < len(tiles) {
		side++
	}
	if side < 2 || side*side != len(tiles) {
		return 0, 0, fmt.Errorf("%d tiles do not make a square of at least 2x2", len(tiles))
	}
	n := tiles[0].rocks.Rows()
	edgesOf := make([][4]uint64, len(tiles))
	for i, t := range tiles {
		edgesOf[i] = t.edges
	}
	owners := grid.NewEdgeIndex(edgesOf, n) // the tiles of an edge, either way round
	outer := func(e uint64) bool { return len(owners.Tiles(e)) == 1 }

	// Lay the tiles row by row, each in the orientation whose left edge
	// fits the tile on its left and whose top edge fits the one above (the
	// two tiles read a shared edge in opposite directions). The first is a
	// corner, turned so that its outer edges are up and left. The image
	// is the tiles without their borders: each tile's inner 8x8 cells are
	// one bitrows.Block, turned as the tile is placed and or-ed into rows
	// of bits.
	rocks := bitrows.New(8*side, 8*side)
	edges := make([][][4]uint64, side)
	corners = 1
	first, found := -1, 0
	for i, t := range tiles {
		if lo.CountBy(t.edges[:], outer) == 2 {
			corners *= t.id
			first, found = i, found+1
		}
	}
	if found != 4 {
		return 0, 0, fmt.Errorf("%d tiles have two edges no other tile shares, want the 4 corners", found)
	}
	used := make([]bool, len(tiles))
	for r := range side {
		edges[r] = make([][4]uint64, side)
		for c := range side {
			// The edges the tile must show: its neighbours' facing edges,
			// read the other way round.
			var left, up uint64
			if c > 0 {
				left = grid.ReverseEdge(edges[r][c-1][grid.Right], n)
			}
			if r > 0 {
				up = grid.ReverseEdge(edges[r-1][c][grid.Down], n)
			}
			fits := func(e [4]uint64) bool {
				if r == 0 && c == 0 {
					return outer(e[grid.Up]) && outer(e[grid.Left])
				}
				return (c == 0 || e[grid.Left] == left) && (r == 0 || e[grid.Up] == up)
			}
			candidates := []int{first}
			if c > 0 {
				candidates = owners.Tiles(edges[r][c-1][grid.Right])
			} else if r > 0 {
				candidates = owners.Tiles(edges[r-1][c][grid.Down])
			}
			found := false
		search:
			for _, i := range candidates {
				if used[i] {
					continue
				}
				// The turns that show the left neighbour's edge on the
				// left, or the upper one's on top; the first tile tries
				// all eight.
				turns := ^grid.OrientationSet(0)
				if c > 0 {
					turns = grid.Showing(tiles[i].edges, n, n, grid.Left, left)
				} else if r > 0 {
					turns = grid.Showing(tiles[i].edges, n, n, grid.Up, up)
				}
				for _, o := range grid.Orientations() {
					if !turns.Has(o) {
						continue
					}
					if e := o.Edges(tiles[i].edges, n, n); fits(e) {
						edges[r][c], used[i], found = e, true, true
						inner := tiles[i].rocks.Block(grid.Pt(1, 1))
						rocks.OrBlock(inner.Orient(o), grid.Pt(8*r, 8*c))
						break search
					}
				}
			}
			if !found {
				return 0, 0, fmt.Errorf("no tile fits at row %d, column %d of the image", r, c)
			}
		}
	}

	// Every serpent, in every orientation, covers its rocks; the rough
	// water is the rocks no serpent covers. The image, each shape and the
	// covered cells are rows of bits, so that a place is tried 64 at a
	// time and a match is marked a row of the shape at a time.
	pattern := grid.MustParse(serpent)
	covered := bitrows.New(rocks.Rows(), rocks.Cols())
	for _, o := range grid.Orientations() {
		shape := bitrows.Of(pattern.Orient(o).Grid(), '#')
		for at := range rocks.Matches(shape) {
			covered.OrAt(shape, at)
		}
	}
	return corners, rocks.Count() - covered.Count(), nil
}

// jigsawTile is the side of a generated tile, as in the puzzle.
const jigsawTile = 10

// genJigsaw returns side×side tiles of jigsawTile cells a side (cols is
// not used), cut from one image: a lattice of (side×9+1)² cells whose
// lines every 9 cells are the shared borders, its edges redrawn until no
// two are alike either way round and none reads the same both ways, a few
// serpents drawn into the image in one orientation, each tile turned and
// mirrored at random, given a distinct id and shuffled.
func genJigsaw(rng *rand.Rand, side, _ int) []string {
	side = max(side, 2)
	const n = jigsawTile
	step := n - 1
	size := side*step + 1
	lat := make([]byte, size*size)
	for i := range lat {
		lat[i] = ".#"[rng.IntN(2)]
	}
	// The edges: the segments of the lattice lines between two crossings,
	// each as the cells it covers.
	var edges [][]int
	for k := 0; k <= side; k++ {
		for j := range side {
			var h, v []int
			for x := range n {
				h = append(h, (k*step)*size+j*step+x) // along row k*step
				v = append(v, (j*step+x)*size+k*step) // along column k*step
			}
			edges = append(edges, h, v)
		}
	}
	read := func(e []int) (fwd, rev string) {
		b := make([]byte, len(e))
		for x, i := range e {
			b[x] = lat[i]
		}
		fwd = string(b)
		slices.Reverse(b)
		return fwd, string(b)
	}
	for {
		seen := map[string]bool{}
		clash := false
		for _, e := range edges {
			fwd, rev := read(e)
			if fwd == rev || seen[fwd] || seen[rev] {
				clash = true
				for _, i := range e[1 : n-1] { // redraw between the corners
					lat[i] = ".#"[rng.IntN(2)]
				}
				continue
			}
			seen[fwd] = true
		}
		if !clash {
			break
		}
	}
	// Serpents in the image: the tiles' inner cells.
	inner := side * (n - 2)
	pattern := grid.MustParse(serpent).Orient(grid.Orientations()[rng.IntN(8)])
	for range 1 + side*side/8 {
		if pattern.Rows() > inner || pattern.Cols() > inner {
			break
		}
		r0, c0 := rng.IntN(inner-pattern.Rows()+1), rng.IntN(inner-pattern.Cols()+1)
		for r := range pattern.Rows() {
			for c := range pattern.Cols() {
				if pattern.At(grid.Pt(r, c)) == '#' {
					R, C := r0+r, c0+c
					lat[(R/(n-2)*step+R%(n-2)+1)*size+C/(n-2)*step+C%(n-2)+1] = '#'
				}
			}
		}
	}
	ids := rng.Perm(9000)
	order := rng.Perm(side * side)
	var lines []string
	for k, t := range order {
		i, j := t/side, t%side
		g := grid.FromFunc(n, n, func(p grid.Point) byte { return lat[(i*step+p.Row)*size+j*step+p.Col] })
		g = g.Orient(grid.Orientations()[rng.IntN(8)]).Grid()
		if k > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, fmt.Sprintf("Tile %d:", 1000+ids[k]))
		lines = append(lines, strings.Split(strings.TrimSuffix(g.String(), "\n"), "\n")...)
	}
	return lines
}

// refJigsaw is the reference: tiles as rows of text, every orientation
// made by turning and mirroring them cell by cell, the corners found by
// comparing every edge with every other tile's edges, the image laid out
// by trying every unused tile in every orientation at each place, with
// backtracking, and the serpent, in all eight orientations, tried at every
// place of the image.
func refJigsaw(lines []string) [2]int {
	type piece struct {
		id   int
		rows []string
	}
	var pieces []piece
	for k := 0; k < len(lines); k++ {
		if !strings.HasPrefix(lines[k], "Tile ") {
			continue
		}
		id, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(lines[k], "Tile "), ":"))
		var rows []string
		for k+1 < len(lines) && lines[k+1] != "" {
			k++
			rows = append(rows, lines[k])
		}
		pieces = append(pieces, piece{id, rows})
	}
	turn := func(m []string) []string { // a quarter turn clockwise
		out := make([]string, len(m[0]))
		for c := range out {
			b := make([]byte, len(m))
			for r := range m {
				b[r] = m[len(m)-1-r][c]
			}
			out[c] = string(b)
		}
		return out
	}
	mirror := func(m []string) []string {
		out := make([]string, len(m))
		for r, l := range m {
			b := []byte(l)
			slices.Reverse(b)
			out[r] = string(b)
		}
		return out
	}
	all := func(m []string) [][]string {
		var out [][]string
		for _, x := range [][]string{m, mirror(m)} {
			for range 4 {
				out = append(out, x)
				x = turn(x)
			}
		}
		return out
	}
	col := func(m []string, c int) string {
		b := make([]byte, len(m))
		for r := range m {
			b[r] = m[r][c]
		}
		return string(b)
	}
	sides := func(m []string) []string { return []string{m[0], m[len(m)-1], col(m, 0), col(m, len(m[0])-1)} }
	corners := 1
	for a, p := range pieces {
		lone := 0
		for _, e := range sides(p.rows) {
			matched := false
			for b, q := range pieces {
				for _, f := range sides(q.rows) {
					back := []byte(f)
					slices.Reverse(back)
					if a != b && (e == f || e == string(back)) {
						matched = true
					}
				}
			}
			if !matched {
				lone++
			}
		}
		if lone == 2 {
			corners *= p.id
		}
	}
	side := 0
	for side*side < len(pieces) {
		side++
	}
	variants := make([][][]string, len(pieces))
	for i, p := range pieces {
		variants[i] = all(p.rows)
	}
	place := make([][]string, side*side)
	used := make([]bool, len(pieces))
	var solve func(k int) bool
	solve = func(k int) bool {
		if k == side*side {
			return true
		}
		r, c := k/side, k%side
		for i := range pieces {
			if used[i] {
				continue
			}
			for _, m := range variants[i] {
				if c > 0 && col(place[k-1], len(m[0])-1) != col(m, 0) || r > 0 && place[k-side][len(m)-1] != m[0] {
					continue
				}
				place[k], used[i] = m, true
				if solve(k + 1) {
					return true
				}
				used[i] = false
			}
		}
		return false
	}
	if !solve(0) {
		return [2]int{corners, -1}
	}
	n := len(pieces[0].rows)
	var image []string
	for r := range side {
		for y := 1; y < n-1; y++ {
			row := ""
			for c := range side {
				row += place[r*side+c][y][1 : n-1]
			}
			image = append(image, row)
		}
	}
	covered := map[[2]int]bool{}
	for _, pat := range all(strings.Fields(serpent)) {
		for r := 0; r+len(pat) <= len(image); r++ {
			for c := 0; c+len(pat[0]) <= len(image[0]); c++ {
				ok := true
				for y, l := range pat {
					for x := range len(l) {
						if l[x] == '#' && image[r+y][c+x] != '#' {
							ok = false
						}
					}
				}
				for y, l := range pat {
					for x := range len(l) {
						if ok && l[x] == '#' {
							covered[[2]int{r + y, c + x}] = true
						}
					}
				}
			}
		}
	}
	rough := 0
	for _, l := range image {
		rough += strings.Count(l, "#")
	}
	return [2]int{corners, rough - len(covered)}
}

// handJigsaw is jigsaw with flat slices: the text read line by line, each
// tile's cells in one slice, an orientation as a mapping of a cell's
// coordinates back to the tile's, edges as 10-bit numbers read through
// it, tiles by edge in an array of 1024 lists, and the serpent's rock
// cells as offsets, in eight orientations, tried 64 places at a time
// against the image's rows as bits.
func handJigsaw(input string) [2]int {
	var ids []int
	var cells [][]byte
	n := 0
	for _, block := range strings.Split(strings.TrimSpace(input), "\n\n") {
		rows := strings.Split(block, "\n")
		id, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(rows[0], "Tile "), ":"))
		n = len(rows) - 1
		t := make([]byte, 0, n*n)
		for _, l := range rows[1:] {
			t = append(t, l...)
		}
		ids, cells = append(ids, id), append(cells, t)
	}
	// src maps cell (r, c) of a tile seen in orientation o to the tile's
	// own cell: mirrored if o >= 4, then turned o%4 quarter turns.
	src := func(o, r, c int) int {
		for range o % 4 {
			r, c = n-1-c, r
		}
		if o >= 4 {
			c = n - 1 - c
		}
		return r*n + c
	}
	// edges reads tile t in orientation o clockwise: up, right, down, left.
	edges := func(t, o int) [4]int {
		var e [4]int
		for k := range n {
			at := [4]int{src(o, 0, k), src(o, k, n-1), src(o, n-1, n-1-k), src(o, n-1-k, 0)}
			for s, i := range at {
				if cells[t][i] == '#' {
					e[s] |= 1 << k
				}
			}
		}
		return e
	}
	rev := func(e int) int {
		r := 0
		for k := range n {
			r |= (e >> k & 1) << (n - 1 - k)
		}
		return r
	}
	key := func(e int) int { return min(e, rev(e)) }
	owners := make([][]int, 1<<n)
	own := make([][4]int, len(cells))
	for t := range cells {
		own[t] = edges(t, 0)
		for _, e := range own[t] {
			owners[key(e)] = append(owners[key(e)], t)
		}
	}
	outer := func(e int) bool { return len(owners[key(e)]) == 1 }
	corners, first := 1, 0
	for t, e := range own {
		lone := 0
		for _, x := range e {
			if outer(x) {
				lone++
			}
		}
		if lone == 2 {
			corners *= ids[t]
			first = t
		}
	}
	side := 0
	for side*side < len(cells) {
		side++
	}
	tileAt, orient := make([]int, side*side), make([]int, side*side)
	placed := make([][4]int, side*side)
	used := make([]bool, len(cells))
	for k := range side * side {
		r, c := k/side, k%side
		cands := []int{first}
		if c > 0 {
			cands = owners[key(placed[k-1][1])]
		} else if r > 0 {
			cands = owners[key(placed[k-side][2])]
		}
	search:
		for _, t := range cands {
			if used[t] {
				continue
			}
			for o := range 8 {
				e := edges(t, o)
				if k == 0 && outer(e[0]) && outer(e[3]) ||
					k > 0 && (c == 0 || e[3] == rev(placed[k-1][1])) && (r == 0 || e[0] == rev(placed[k-side][2])) {
					tileAt[k], orient[k], placed[k], used[t] = t, o, e, true
					break search
				}
			}
		}
	}
	m := n - 2
	w := side * m
	image := make([]byte, w*w)
	for k := range side * side {
		t, o := tileAt[k], orient[k]
		for r := range m {
			for c := range m {
				image[(k/side*m+r)*w+k%side*m+c] = cells[t][src(o, r+1, c+1)]
			}
		}
	}
	pat := strings.Fields(serpent)
	ph, pw := len(pat), len(pat[0])
	covered := make([]bool, len(image))
	per := (w + 63) / 64
	rows := make([]uint64, w*per) // the image's rocks as bits, row by row
	for i, v := range image {
		if v == '#' {
			rows[i/w*per+i%w/64] |= 1 << (i % w % 64)
		}
	}
	acc := make([]uint64, per)
	for o := range 8 {
		// The serpent's rocks as offsets, in orientation o.
		h, wd := ph, pw
		if o%2 == 1 {
			h, wd = pw, ph
		}
		var offs [][2]int
		for r := range h {
			for c := range wd {
				// The cell of the serpent under (r, c) of its view: turn back
				// o%4 times, then mirror, as src does for square tiles.
				rr, cc, hh, ww := r, c, h, wd
				for range o % 4 {
					rr, cc, hh, ww = ww-1-cc, rr, ww, hh
				}
				if o >= 4 {
					cc = ww - 1 - cc
				}
				if pat[rr][cc] == '#' {
					offs = append(offs, [2]int{r, c})
				}
			}
		}
		// Each row of places as bits, and-ed with the image row under
		// each rock of the serpent shifted by its column.
		for r := 0; r+h <= w; r++ {
			for i := range acc {
				acc[i] = 0
				for x := i * 64; x < min(w-wd+1, i*64+64); x++ {
					acc[i] |= 1 << (x - i*64)
				}
			}
			for _, d := range offs {
				row := rows[(r+d[0])*per : (r+d[0]+1)*per]
				q, sh := d[1]/64, uint(d[1]%64)
				for i := range acc {
					var x uint64
					if i+q < per {
						x = row[i+q] >> sh
						if sh > 0 && i+q+1 < per {
							x |= row[i+q+1] << (64 - sh)
						}
					}
					acc[i] &= x
				}
			}
			for i, word := range acc {
				for ; word != 0; word &= word - 1 {
					c := i*64 + bits.TrailingZeros64(word)
					for _, d := range offs {
						covered[(r+d[0])*w+c+d[1]] = true
					}
				}
			}
		}
	}
	rough := 0
	for i, v := range image {
		if v == '#' && !covered[i] {
			rough++
		}
	}
	return [2]int{corners, rough}
}

func jigsawRecipe() recipe {
	return recipe{
		name:   "jigsaw",
		shared: []string{"serpent", "tile", "readTiles", "jigsaw"},
		rows:   12, cols: jigsawTile, // 12×12 tiles of 10×10
		refMax: 4,
		checks: 40,
		gen:    genJigsaw,
		ref:    refJigsaw,
		solveText: func(input string) ([2]int, error) {
			tiles, err := readTiles(input)
			if err != nil {
				return [2]int{}, err
			}
			corners, rough, err := jigsaw(tiles)
			return [2]int{corners, rough}, err
		},
		handText: handJigsaw,
	}
}

// TestReadTilesErrors checks that readTiles refuses a block without a
// tile header, a map with another glyph, and tiles other than 10x10,
// naming the line, and that jigsaw refuses tiles that make no square.
func TestReadTilesErrors(t *testing.T) {
	// plain is a 10x10 tile's map: a frame, the same edge all round.
	plain := strings.Repeat("#", 10) + "\n" + strings.Repeat("#........#\n", 8) + strings.Repeat("#", 10) + "\n"
	tests := []struct{ name, input, want string }{
		{"no header", "#.\n.#\n", `line 1: "#." is not a header`},
		{"bad id", "Tile x:\n" + plain, `line 1: "Tile x:" is not a header`},
		{"glyph", "Tile 1:\n" + strings.Replace(plain, ".", "x", 1), "line 3"},
		{"sizes", "Tile 1:\n" + plain + "\nTile 2:\n#..\n.#.\n..#\n", "line 13: tile 2 is 3x3, want 10x10"},
		{"too wide", "Tile 1:\n" + strings.Repeat(strings.Repeat(".", 65)+"\n", 65), "line 1: tile 1 is 65x65"},
	}
	for _, tt := range tests {
		if _, err := readTiles(tt.input); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
	tiles, err := readTiles("Tile 1:\n" + plain + "\nTile 2:\n" + plain)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := jigsaw(tiles); err == nil || !strings.Contains(err.Error(), "2 tiles do not make a square") {
		t.Errorf("two tiles: error %v, want one about the square", err)
	}
	same := strings.Repeat("Tile 1:\n"+plain+"\n", 4)
	if tiles, err = readTiles(same); err != nil {
		t.Fatal(err)
	}
	if _, _, err := jigsaw(tiles); err == nil || !strings.Contains(err.Error(), "0 tiles have two edges") {
		t.Errorf("four alike tiles: error %v, want one about the corners", err)
	}
}
