module github.com/gridsearch/gridsearch

go 1.24

require (
	github.com/samber/lo v1.53.0 // indirect
	github.com/sourcegraph/conc v0.3.0 // indirect
	go.uber.org/goleak v1.3.0 // indirect
	golang.org/x/text v0.22.0 // indirect
)
