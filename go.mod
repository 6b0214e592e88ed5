module github.com/gridsearch/gridsearch

go 1.24

require (
	github.com/samber/lo v1.53.0
	github.com/sourcegraph/conc v0.3.0
	go.uber.org/goleak v1.3.0
)

require golang.org/x/text v0.22.0 // indirect
