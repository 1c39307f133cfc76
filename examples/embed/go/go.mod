module rootvm.example/embed

go 1.19
