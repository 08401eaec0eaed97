/** Wuhan's districts and the functional zones that run their own programmes. */
export const DISTRICTS = [
  "江岸区",
  "江汉区",
  "硚口区",
  "汉阳区",
  "武昌区",
  "青山区",
  "洪山区",
  "东西湖区",
  "蔡甸区",
  "江夏区",
  "黄陂区",
  "新洲区",
  "东湖新技术开发区",
  "武汉经济技术开发区",
  "长江新区",
  "东湖生态旅游风景区",
] as const;

export type District = (typeof DISTRICTS)[number];

export const DISTRICT_EN: Record<District, string> = {
  江岸区: "Jiang'an",
  江汉区: "Jianghan",
  硚口区: "Qiaokou",
  汉阳区: "Hanyang",
  武昌区: "Wuchang",
  青山区: "Qingshan",
  洪山区: "Hongshan",
  东西湖区: "Dongxihu",
  蔡甸区: "Caidian",
  江夏区: "Jiangxia",
  黄陂区: "Huangpi",
  新洲区: "Xinzhou",
  东湖新技术开发区: "East Lake High-Tech Zone",
  武汉经济技术开发区: "Wuhan Economic & Technological Development Zone",
  长江新区: "Changjiang New Area",
  东湖生态旅游风景区: "East Lake Scenic Area",
};

export function isDistrict(value: string): value is District {
  return (DISTRICTS as readonly string[]).includes(value);
}
