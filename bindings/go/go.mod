module github.com/libopi/libopi/bindings/go

go 1.19
