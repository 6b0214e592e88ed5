// Package bitrows keeps a two-valued map as rows of bits, 64 cells to a
// word, so that a whole row moves, masks and counts in a few instructions:
// the structure of the fastest solutions to herds that move on a torus and
// to two-state automata.
//
//	east := bitrows.From(g, func(v byte) bool { return v == '>' })
//	south := bitrows.From(g, func(v byte) bool { return v == 'v' })
//	free := bitrows.New(g.Rows(), g.Cols()).Nor(east, south)
//	ahead := bitrows.New(g.Rows(), g.Cols()).Rotate(free, grid.Left, 1)
//	move := bitrows.New(g.Rows(), g.Cols()).And(east, ahead) // east-movers with room
//
// Start here:
//   - [New], [Of] and [From] make a grid of bits; [Grid.Has], [Grid.Set],
//     [Grid.Count], [Grid.Any] and [Grid.All] read and write it.
//   - [Grid.And], [Grid.Or], [Grid.AndNot], [Grid.Nor] and [Grid.Not]
//     combine whole grids a word at a time.
//   - [Grid.Rotate] moves every bit k cells in a heading, wrapping round as
//     on a torus; [Grid.Shift] drops what falls off.
//   - [Grid.Advance] moves a whole herd one cell ahead on a torus, each bit
//     only into a free cell, in one pass: the step of herds that jam.
//   - [Counts] counts the set neighbours of every cell, eight or four, with
//     adders made of word operations, and [Counts.AtLeast] and
//     [Counts.Exactly] turn counts back into grids: the step of a
//     two-state automaton, such as the game of life, 64 cells at a time.
//   - [Grid.Spread] spreads every bit to its four neighbours: a step of a
//     breadth-first search over bits, such as the cells a walker can be on
//     as the minutes pass; [Grid.Bounds] gives the box round the set bits.
//   - [Grid.Matches] finds a pattern of set bits 64 places at a time.
//   - [Pile] is a chamber up to 8 cells wide that fills upward as
//     pieces ([Piece]) come to rest in it, a fit tested in one AND;
//     [Pile.Drop] lets a piece fall as jets push it, the rows about it
//     carried in a word, and [Pile.AppendAir] keys the state of the top
//     exactly.
//   - [Grid.Words], [Grid.Word], [Grid.SetWord] and [Counts.At] give one
//     word of 64 cells and its counts at a time, so that a rule over
//     several grids makes each next word in one pass: [Count.AtLeast] and
//     [Count.Exactly] inline into that loop.
//   - [Grid.Row] gives a row's words, to read and write in place, and
//     [Beside] the cells to the left and right of a word's, lined up with
//     them: a cell's eight neighbours as words in registers, so that a
//     rule that needs more than counts (who has someone on which side, who
//     proposes to move where) is one loop over the rows, as the fastest
//     solutions write an automaton's step.
//   - [MaskSet] holds a list of small shapes (up to 64 cells each) bit by
//     bit, and counts those that avoid or hold given cells 256 at a time:
//     the pairs of two lists that share no cell, in one count per shape.
//   - [Grid.Key] gives the bits as a string, to key a map of states seen;
//     [Key] joins several grids' in one allocation.
//
// Operations write their receiver from their arguments and return it, as
// math/big's do, so they chain without allocating. A Grid belongs to one
// goroutine at a time. Misuse, such as grids of different sizes, panics
// with an error that names the call: "bitrows: Grid.And: sizes 2x3 and
// 2x4".
package bitrows
