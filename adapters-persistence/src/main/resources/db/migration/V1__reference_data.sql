create table regime (
    code    varchar(20)  not null primary key,
    libelle varchar(120) not null,
    ordre   int          not null
);
