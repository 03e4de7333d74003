-- Databases of the four services, for docker-compose.yml (run once by the postgres image on an empty volume).
-- Without Docker, ./suite creates the same databases (and the *_test ones) with psql. Keep both lists in step.
CREATE DATABASE ppid;
CREATE DATABASE helpdesk;
CREATE DATABASE verification;
CREATE DATABASE training;
