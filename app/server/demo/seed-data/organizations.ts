import type { OrganizationType } from "../../../../db/schema";
import type { District } from "../../../domain/districts";

/**
 * The demo's other bidders and consortium partners (alpha and beta are in seed.server.ts). Fictitious, labelled
 * 演示; nobody signs in as them, so they are not demo accounts. Each list takes at most one bid per organization,
 * which is why there are this many.
 */
export interface SeedOrganization {
  name: string;
  type: OrganizationType;
  district: District;
  contact: string;
}

export const PARTNER_ORGANIZATIONS: SeedOrganization[] = [
  {
    name: "武汉伽马数据科技有限公司（演示）",
    type: "enterprise",
    district: "东湖新技术开发区",
    contact: "高伽马",
  },
  { name: "武汉德尔塔通信技术有限公司（演示）", type: "enterprise", district: "洪山区", contact: "邓德尔" },
  { name: "湖北艾普西隆信息技术有限公司（演示）", type: "enterprise", district: "江汉区", contact: "艾普" },
  { name: "武汉泽塔物联网科技有限公司（演示）", type: "enterprise", district: "东西湖区", contact: "周泽塔" },
  {
    name: "武汉伊塔智能装备有限公司（演示）",
    type: "enterprise",
    district: "武汉经济技术开发区",
    contact: "易伊塔",
  },
  { name: "武汉西塔区块链技术有限公司（演示）", type: "enterprise", district: "武昌区", contact: "席西塔" },
  {
    name: "武汉约塔云计算有限公司（演示）",
    type: "enterprise",
    district: "东湖新技术开发区",
    contact: "姚约塔",
  },
  { name: "湖北卡帕数字孪生科技有限公司（演示）", type: "enterprise", district: "汉阳区", contact: "康卡帕" },
  { name: "武汉兰布达软件有限公司（演示）", type: "enterprise", district: "江岸区", contact: "兰布达" },
  {
    name: "武汉缪斯视觉科技有限公司（演示）",
    type: "enterprise",
    district: "东湖新技术开发区",
    contact: "缪思",
  },
  { name: "武汉纽带工业互联网有限公司（演示）", type: "enterprise", district: "青山区", contact: "钮纽" },
  { name: "武汉克西北斗导航技术有限公司（演示）", type: "enterprise", district: "江夏区", contact: "柯克西" },
  { name: "武汉奥密克戎医疗信息有限公司（演示）", type: "enterprise", district: "硚口区", contact: "欧奥密" },
  { name: "武汉派森网络安全技术有限公司（演示）", type: "enterprise", district: "洪山区", contact: "潘派森" },
  { name: "武汉柔性制造系统有限公司（演示）", type: "enterprise", district: "蔡甸区", contact: "饶柔" },
  { name: "武汉西格玛大数据有限公司（演示）", type: "enterprise", district: "江汉区", contact: "司西格" },
  { name: "武汉陶氏交通科技有限公司（演示）", type: "enterprise", district: "汉阳区", contact: "陶陶" },
  {
    name: "湖北宇普西隆元宇宙科技有限公司（演示）",
    type: "enterprise",
    district: "东湖生态旅游风景区",
    contact: "于普",
  },
  { name: "武汉斐然农业科技有限公司（演示）", type: "enterprise", district: "黄陂区", contact: "费斐然" },
  { name: "武汉卡伊港航物流科技有限公司（演示）", type: "enterprise", district: "新洲区", contact: "凯卡伊" },
  { name: "武汉普西低空科技有限公司（演示）", type: "enterprise", district: "长江新区", contact: "蒲普西" },
  {
    name: "武汉欧米伽算力科技有限公司（演示）",
    type: "enterprise",
    district: "东湖新技术开发区",
    contact: "欧米伽",
  },
  { name: "武汉江城智慧水务有限公司（演示）", type: "enterprise", district: "江岸区", contact: "江水清" },
  { name: "武汉楚天能源数字化有限公司（演示）", type: "enterprise", district: "青山区", contact: "楚天明" },
  { name: "武汉晴川文旅数字科技有限公司（演示）", type: "enterprise", district: "汉阳区", contact: "晴川" },
  { name: "武汉南湖医疗器械有限公司（演示）", type: "enterprise", district: "洪山区", contact: "南湖月" },
  {
    name: "武汉黄鹤汽车电子有限公司（演示）",
    type: "enterprise",
    district: "武汉经济技术开发区",
    contact: "黄鹤飞",
  },
  {
    name: "武汉东湖光电子有限公司（演示）",
    type: "enterprise",
    district: "东湖新技术开发区",
    contact: "东光",
  },
  { name: "武汉某理工大学智能制造研究院（演示）", type: "university", district: "洪山区", contact: "吴教授" },
  { name: "华中某大学数字医学中心（演示）", type: "university", district: "洪山区", contact: "郑教授" },
  { name: "武汉某交通大学智能交通实验室（演示）", type: "university", district: "武昌区", contact: "冯教授" },
  {
    name: "湖北某信息通信研究院（演示）",
    type: "research_institute",
    district: "武昌区",
    contact: "何研究员",
  },
  {
    name: "武汉某工业技术研究院（演示）",
    type: "research_institute",
    district: "东湖新技术开发区",
    contact: "许研究员",
  },
  {
    name: "湖北某农业科学研究所（演示）",
    type: "research_institute",
    district: "江夏区",
    contact: "孟研究员",
  },
  {
    name: "武汉某城市规划设计研究院（演示）",
    type: "research_institute",
    district: "江岸区",
    contact: "秦工",
  },
  {
    name: "武汉某环境科学研究院（演示）",
    type: "research_institute",
    district: "武昌区",
    contact: "尤研究员",
  },
];
