-- Run once by the postgres image on an empty data volume: the warehouse lives in its own
-- database beside Airflow's metadata database; the DAG's load task creates its tables.
CREATE DATABASE warehouse;
