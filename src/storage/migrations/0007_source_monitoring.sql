-- lantian schema 7: online monitoring of enterprises' outlets over HJ 212
-- (issue 7 §2).
--
-- The device registry: a data collector's MN, the enterprise (credit code, and
-- the city whose bureau keeps its record) and outlet it measures, the pollutant codes it is expected to send, and the
-- SHA-256 of its password (HJ 212 sends PW in clear in every packet; only the
-- digest is kept).
CREATE TABLE monitoring_devices (
  mn TEXT PRIMARY KEY,
  credit_code TEXT NOT NULL,
  city_code TEXT NOT NULL,
  outlet TEXT NOT NULL,
  pollutants TEXT NOT NULL,
  password_sha256 TEXT NOT NULL,
  registered_by TEXT NOT NULL,
  registered_at TEXT NOT NULL
);

-- Every packet accepted from a registered device, as received (the evidence),
-- stored before it is acknowledged. data_time is '' for packets without one.
CREATE TABLE monitoring_packets (
  id {{SERIAL_PK}},
  mn TEXT NOT NULL,
  cn TEXT NOT NULL,
  qn TEXT NOT NULL,
  data_time TEXT NOT NULL,
  received_at TEXT NOT NULL,
  peer TEXT NOT NULL,
  frame TEXT NOT NULL
);
CREATE INDEX monitoring_packets_by_device ON monitoring_packets(mn, id);

-- The values of data uploads, one row per device, kind (real-time, minute,
-- hourly, daily), data time and pollutant; a packet sent again replaces them.
CREATE TABLE monitoring_values (
  mn TEXT NOT NULL,
  kind TEXT NOT NULL,
  data_time TEXT NOT NULL,
  pollutant TEXT NOT NULL,
  rtd DOUBLE PRECISION,
  avg DOUBLE PRECISION,
  minimum DOUBLE PRECISION,
  maximum DOUBLE PRECISION,
  cou DOUBLE PRECISION,
  zs_rtd DOUBLE PRECISION,
  zs_avg DOUBLE PRECISION,
  flag TEXT NOT NULL,
  PRIMARY KEY (mn, kind, data_time, pollutant)
) {{WITHOUT_ROWID}};

-- Packets and connections refused (unknown device, wrong password, malformed
-- frame), with the peer and the reason.
CREATE TABLE monitoring_rejections (
  id {{SERIAL_PK}},
  at TEXT NOT NULL,
  peer TEXT NOT NULL,
  mn TEXT NOT NULL,
  reason TEXT NOT NULL
);

-- The emission limits of an outlet per pollutant (mg/m³): the ordinary limit
-- of its discharge standard and, for ultra-low-emission outlets, the stricter
-- one; the reference O2 (%) at which concentrations are judged, if any.
-- Replaced per enterprise and outlet.
CREATE TABLE outlet_limits (
  credit_code TEXT NOT NULL,
  outlet TEXT NOT NULL,
  pollutant TEXT NOT NULL,
  city_code TEXT NOT NULL,
  ordinary DOUBLE PRECISION NOT NULL,
  ultra_low DOUBLE PRECISION,
  reference_o2 DOUBLE PRECISION,
  set_by TEXT NOT NULL,
  set_at TEXT NOT NULL,
  PRIMARY KEY (credit_code, outlet, pollutant)
);

-- What the detectors of falsified or bad data found in a device's data
-- (issue 7 §5), waiting for review: open, then confirmed (the data of the
-- stretch are not to be trusted) or dismissed, by whom, when, why. Found once
-- per device, pollutant, detector and start.
CREATE TABLE monitoring_findings (
  id {{SERIAL_PK}},
  mn TEXT NOT NULL,
  pollutant TEXT NOT NULL,
  detector TEXT NOT NULL,
  from_at TEXT NOT NULL,
  to_at TEXT NOT NULL,
  evidence TEXT NOT NULL,
  found_at TEXT NOT NULL,
  status TEXT NOT NULL,
  reviewed_by TEXT NOT NULL,
  reviewed_at TEXT NOT NULL,
  note TEXT NOT NULL,
  UNIQUE (mn, pollutant, detector, from_at)
);

-- Electricity meters (issue 7 §3, 分表计电): each on a production line of an
-- enterprise or on a treatment facility serving one (kind production or
-- treatment; for a treatment meter, line is the line it serves).
CREATE TABLE electricity_meters (
  meter TEXT PRIMARY KEY,
  credit_code TEXT NOT NULL,
  city_code TEXT NOT NULL,
  line TEXT NOT NULL,
  kind TEXT NOT NULL,
  facility TEXT NOT NULL,
  registered_by TEXT NOT NULL,
  registered_at TEXT NOT NULL
);

-- Their 15-minute readings: the average kW of the quarter hour ending at
-- `at`; a reading given again replaces the earlier one.
CREATE TABLE electricity_readings (
  meter TEXT NOT NULL,
  at TEXT NOT NULL,
  kw DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (meter, at)
) {{WITHOUT_ROWID}};
