-- Convention codes as the caisses write them (spec §1): letters and digits, 4 to 12 characters, upper-case
-- (the seeds show 757300, 62739900, CL19720812, FP62757300, 9059003C). The columns were six characters wide;
-- existing codes (six digits) are kept as they are. The registration's pending key (caisse|code) grows with them.
alter table convention_number alter column code set data type varchar(12);
alter table convention alter column code set data type varchar(12);
alter table registration alter column convention_code set data type varchar(12);
alter table registration alter column pending_key set data type varchar(60);
update convention_number set code = upper(code);
update convention set code = upper(code);
update registration set convention_code = upper(convention_code);
