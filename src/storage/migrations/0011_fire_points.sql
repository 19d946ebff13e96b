-- Straw burning (issue 8 §4; plan （九）): district and township boundaries
-- (GeoJSON geometry as text) for assigning fire points, and the satellite fire
-- points themselves — where and when, their confidence and source, the city,
-- district and township they were assigned to (by boundary, or to the nearest
-- city centre when no boundary holds them), the grid they went to, and the
-- grid's response. A point is stored once per source, time and place.
CREATE TABLE boundaries (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  level TEXT NOT NULL,
  parent TEXT NOT NULL,
  city_code TEXT NOT NULL,
  responsible TEXT NOT NULL,
  geometry TEXT NOT NULL
);

CREATE TABLE fire_points (
  id {{SERIAL_PK}},
  source TEXT NOT NULL,
  observed_at TEXT NOT NULL,
  lat DOUBLE PRECISION NOT NULL,
  lon DOUBLE PRECISION NOT NULL,
  confidence TEXT NOT NULL,
  city_code TEXT NOT NULL,
  district TEXT NOT NULL,
  township TEXT NOT NULL,
  method TEXT NOT NULL,
  grid TEXT NOT NULL,
  status TEXT NOT NULL,
  response TEXT NOT NULL,
  responded_by TEXT NOT NULL,
  responded_at TEXT NOT NULL,
  note TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  UNIQUE (source, observed_at, lat, lon)
);
CREATE INDEX fire_points_city ON fire_points(city_code, observed_at);
