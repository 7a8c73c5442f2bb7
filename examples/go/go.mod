module libopi/opi

go 1.19
