// The benchmark peer: DuckDB does lantian's work in SQL over the same CNEMC day
// files. Import: read every file, unpivot to (station, hour, type, value) with
// hour-ending labels, store in a DuckDB database file. Then the daily table of
// every station (24h means with >= 20 hours, O3 max 1h, O3 8h windows ending
// 08..24 with >= 6 hours, max 8h with >= 14 windows or > 160, HJ 633 IAQI with
// exact integer arithmetic, AQI, level, primary) and of every city (mean of its
// stations' daily values), written as CSV.
// Usage: node duckdb_daily.mjs DATA_DIR DB_FILE OUT_DIR import|daily
import { DuckDBInstance } from '@duckdb/node-api';

const [dataDir, dbFile, outDir, phase] = process.argv.slice(2);
const instance = await DuckDBInstance.create(dbFile, { threads: '2' });
const con = await instance.connect();
const run = async (sql) => { await con.run(sql); };
const t0 = Date.now();

if (phase === 'import') {
  await run(`CREATE TABLE stations AS SELECT code, city_code FROM read_csv('${dataDir}/stations.csv', header=true, all_varchar=true)`);
  await run(`CREATE TABLE obs AS
    SELECT station,
           strptime(date, '%Y%m%d') + to_hours(CAST(hour AS INTEGER) - 1) AS ts,
           type,
           CAST(value AS DECIMAL(12,3)) AS value
    FROM (UNPIVOT (SELECT * FROM read_csv('${dataDir}/files/*.csv', header=true, all_varchar=true))
          ON COLUMNS(* EXCLUDE (date, hour, type)) INTO NAME station VALUE value)
    WHERE value IS NOT NULL AND value <> '' AND CAST(value AS DECIMAL(12,3)) >= 0`);
  const r = await con.runAndReadAll('SELECT count(*) FROM obs');
  console.log(JSON.stringify({ phase, values: Number(r.getRows()[0][0]), seconds: (Date.now() - t0) / 1000 }));
} else {
  await run(`CREATE TEMP TABLE bp AS SELECT * FROM (VALUES
    ('SO2',0,50,0,50),('SO2',50,150,50,100),('SO2',150,475,100,150),('SO2',475,800,150,200),('SO2',800,1600,200,300),('SO2',1600,2100,300,400),('SO2',2100,2620,400,500),
    ('NO2',0,40,0,50),('NO2',40,80,50,100),('NO2',80,180,100,150),('NO2',180,280,150,200),('NO2',280,565,200,300),('NO2',565,750,300,400),('NO2',750,940,400,500),
    ('CO',0,20,0,50),('CO',20,40,50,100),('CO',40,140,100,150),('CO',140,240,150,200),('CO',240,360,200,300),('CO',360,480,300,400),('CO',480,600,400,500),
    ('O3_1h',0,160,0,50),('O3_1h',160,200,50,100),('O3_1h',200,300,100,150),('O3_1h',300,400,150,200),('O3_1h',400,800,200,300),('O3_1h',800,1000,300,400),('O3_1h',1000,1200,400,500),
    ('O3_8h',0,100,0,50),('O3_8h',100,160,50,100),('O3_8h',160,215,100,150),('O3_8h',215,265,150,200),('O3_8h',265,800,200,300),
    ('PM10',0,50,0,50),('PM10',50,150,50,100),('PM10',150,250,100,150),('PM10',250,350,150,200),('PM10',350,420,200,300),('PM10',420,500,300,400),('PM10',500,600,400,500),
    ('PM2.5',0,35,0,50),('PM2.5',35,75,50,100),('PM2.5',75,115,100,150),('PM2.5',115,150,150,200),('PM2.5',150,250,200,300),('PM2.5',250,350,300,400),('PM2.5',350,500,400,500)
  ) t(col, clo, chi, ilo, ihi)`);
  // Measured hourly values by natural day (CO in tenths: integers everywhere).
  await run(`CREATE TEMP TABLE m AS
    SELECT station, CAST(ts AS DATE) AS day, hour(ts) AS h, type,
           CASE WHEN type = 'CO' THEN value * 10 ELSE value END AS v
    FROM obs WHERE type IN ('SO2','NO2','CO','O3','PM10','PM2.5')`);
  await run(`CREATE TEMP TABLE daily AS
    WITH means AS (
      SELECT station, day, type AS col, round_even(avg(v), 0) AS c
      FROM m WHERE type <> 'O3' GROUP BY ALL HAVING count(*) >= 20),
    o3_1h AS (
      SELECT station, day, 'O3_1h' AS col, round_even(max(v), 0) AS c
      FROM m WHERE type = 'O3' GROUP BY ALL HAVING count(*) >= 20 OR round_even(max(v), 0) > 200),
    windows AS (
      SELECT station, day, e, round_even(avg(v), 0) AS c
      FROM m JOIN range(8, 25) r(e) ON m.h >= e - 8 AND m.h < e
      WHERE type = 'O3' GROUP BY ALL HAVING count(*) >= 6),
    o3_8h AS (
      SELECT station, day, 'O3_8h' AS col, max(c) AS c
      FROM windows GROUP BY ALL HAVING count(*) >= 14 OR max(c) > 160)
    SELECT * FROM means UNION ALL SELECT * FROM o3_1h UNION ALL SELECT * FROM o3_8h`);
  // City values: mean of the stations' daily values (CO in tenths, still integers).
  await run(`CREATE TEMP TABLE city_daily AS
    SELECT s.city_code AS station, d.day, d.col, round_even(avg(d.c), 0) AS c
    FROM daily d JOIN stations s ON s.code = d.station GROUP BY ALL`);
  const table = (src) => `
    WITH sub AS (
      SELECT d.station, d.day, d.col, d.c,
             CASE WHEN d.col = 'O3_8h' AND d.c > 800 THEN NULL
                  WHEN d.c > (SELECT max(chi) FROM bp WHERE bp.col = d.col) THEN 500
                  ELSE (SELECT min(ilo + CAST(ceil(((ihi - ilo) * (d.c - clo)) / (chi - clo)) AS INTEGER))
                        FROM bp WHERE bp.col = d.col AND d.c <= bp.chi AND d.c >= bp.clo) END AS iaqi
      FROM ${src} d),
    aqi AS (
      SELECT station, day, max(iaqi) AS aqi FROM sub GROUP BY ALL),
    wide AS (
      SELECT station, day,
        max(c) FILTER (col = 'SO2') AS so2, max(c) FILTER (col = 'NO2') AS no2,
        max(c) FILTER (col = 'CO') AS co, max(c) FILTER (col = 'O3_1h') AS o3_1h,
        max(c) FILTER (col = 'O3_8h') AS o3_8h, max(c) FILTER (col = 'PM10') AS pm10,
        max(c) FILTER (col = 'PM2.5') AS pm25
      FROM sub GROUP BY ALL),
    top AS (
      SELECT DISTINCT s.station, s.day,
        CASE WHEN s.col LIKE 'O3%' THEN 'O3' ELSE s.col END AS p,
        CASE WHEN s.col = 'SO2' THEN 1 WHEN s.col = 'NO2' THEN 2 WHEN s.col = 'CO' THEN 3
             WHEN s.col LIKE 'O3%' THEN 4 WHEN s.col = 'PM10' THEN 5 ELSE 6 END AS ord
      FROM sub s JOIN aqi a USING (station, day)
      WHERE a.aqi > 50 AND s.iaqi = a.aqi),
    prim AS (
      SELECT station, day, string_agg(p, ';' ORDER BY ord) AS names FROM top GROUP BY ALL)
    SELECT w.station AS id, strftime(w.day, '%Y-%m-%d') AS date,
      CAST(w.so2 AS INTEGER) AS SO2, CAST(w.no2 AS INTEGER) AS NO2,
      CASE WHEN w.co IS NULL THEN NULL ELSE printf('%.1f', w.co / 10.0) END AS CO,
      CAST(w.o3_1h AS INTEGER) AS O3_1h, CAST(w.o3_8h AS INTEGER) AS O3_8h,
      CAST(w.pm10 AS INTEGER) AS PM10, CAST(w.pm25 AS INTEGER) AS "PM2.5",
      a.aqi AS AQI,
      CASE WHEN a.aqi IS NULL THEN NULL WHEN a.aqi <= 50 THEN 1 WHEN a.aqi <= 100 THEN 2 WHEN a.aqi <= 150 THEN 3
           WHEN a.aqi <= 200 THEN 4 WHEN a.aqi <= 300 THEN 5 ELSE 6 END AS level,
      p.names AS "primary"
    FROM wide w JOIN aqi a USING (station, day) LEFT JOIN prim p USING (station, day)
    ORDER BY id, date`;
  await run(`COPY (${table('daily')}) TO '${outDir}/duckdb_station_daily.csv' (HEADER, DELIMITER ',')`);
  await run(`COPY (${table('city_daily')}) TO '${outDir}/duckdb_city_daily.csv' (HEADER, DELIMITER ',')`);
  const r = await con.runAndReadAll('SELECT count(*) FROM daily');
  console.log(JSON.stringify({ phase, daily_values: Number(r.getRows()[0][0]), seconds: (Date.now() - t0) / 1000 }));
}
