// Chinese first, English on request; the choice is kept in localStorage.
export type Lang = "zh" | "en";

const zh = {
  title: "蓝天 · 秋冬季大气污染综合治理攻坚",
  login: "登录",
  logout: "退出",
  username: "用户名",
  password: "密码",
  loginFailed: "用户名或密码错误",
  tooMany: "失败次数过多，请稍后再试",
  switchLang: "English",
  overview: "城市空气质量",
  latest: "最新时次",
  map: "城市分布（按最新空气质量级别着色）",
  table: "城市列表",
  city: "城市",
  region: "区域",
  aqi: "AQI",
  level: "级别",
  primary: "首要污染物",
  pm25: "PM2.5 (µg/m³)",
  coverage: "24小时数据完整率",
  stations: "监测站点",
  station: "站点",
  hourly: "小时值（近7天）",
  daily: "日均值（近30天）",
  calendar: "日AQI日历",
  notFound: "无此对象，或不在您的管辖范围内",
  needLogin: "请先登录",
  forbidden: "当前角色无权查看详细空气质量",
  synthetic: "合成演示数据，非实测",
  back: "返回",
  publicView: "公开发布数据",
  background: "对照点",
  noData: "无数据",
  levels: ["优", "良", "轻度污染", "中度污染", "重度污染", "严重污染"],
  role: { national: "国家", region: "区域", province: "省", city: "市", district: "区县", enterprise: "企业" },
};

type Dict = typeof zh;

const en: Dict = {
  title: "lantian · Autumn-winter air-pollution campaign",
  login: "Log in",
  logout: "Log out",
  username: "Username",
  password: "Password",
  loginFailed: "Unknown user or wrong password",
  tooMany: "Too many failed logins; try again later",
  switchLang: "中文",
  overview: "Air quality by city",
  latest: "Latest hour",
  map: "Cities, coloured by the latest AQI level",
  table: "Cities",
  city: "City",
  region: "Region",
  aqi: "AQI",
  level: "Level",
  primary: "Primary pollutant",
  pm25: "PM2.5 (µg/m³)",
  coverage: "24-hour data coverage",
  stations: "Stations",
  station: "Station",
  hourly: "Hourly values (last 7 days)",
  daily: "Daily values (last 30 days)",
  calendar: "Daily AQI calendar",
  notFound: "Not found, or outside your area",
  needLogin: "Please log in",
  forbidden: "This role may not see detailed air quality",
  synthetic: "SYNTHETIC demo data, not measured",
  back: "Back",
  publicView: "Published data",
  background: "background",
  noData: "no data",
  levels: ["Excellent", "Good", "Lightly polluted", "Moderately polluted", "Heavily polluted", "Severely polluted"],
  role: { national: "national", region: "region", province: "province", city: "city", district: "district", enterprise: "enterprise" },
};

const dicts: Record<Lang, Dict> = { zh, en };

export function lang(): Lang {
  return localStorage.getItem("lantian.lang") === "en" ? "en" : "zh";
}

export function setLang(l: Lang): void {
  localStorage.setItem("lantian.lang", l);
  document.documentElement.lang = l === "zh" ? "zh-CN" : "en";
}

export function t(): Dict {
  return dicts[lang()];
}
