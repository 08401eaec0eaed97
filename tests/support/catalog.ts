import { getDb } from "../../db/client";
import { signedIn, type TestBrowser } from "./app";
import { staffActor } from "./bidding";

let staffSerial = 0;

/** A signed-in city staff member. */
export async function staffBrowser(): Promise<TestBrowser & { userId: number }> {
  const staff = await staffActor();
  const browser = await signedIn(staff.email, staff.password, `198.51.100.${100 + ++staffSerial}`);
  return Object.assign(browser, { userId: staff.id });
}

/** The form fields of a valid task, as the staff form posts them. */
export function taskFormFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    title: "面向社区的智慧养老服务平台",
    domain: "ai",
    demandUnit: "江汉区某街道办事处",
    district: "江汉区",
    scenarioNeed: "需要为辖区独居老人提供跌倒检测与紧急呼叫服务。",
    goals: "- 跌倒识别准确率不低于 95%\n- 平均响应时间不超过 5 分钟",
    eligibility: "在武汉市注册的独立法人单位或联合体。",
    indicativeInvestment: "3500000.50",
    bidDeadline: "2030-06-30T17:00",
    maxWinners: "2",
    contactName: "刘工",
    contactPhone: "027-85551234",
    "indicators[0].name": "跌倒识别准确率",
    "indicators[0].target": "≥95%",
    "indicators[0].measurement": "第三方检测报告",
    "indicators[0].weight": "60",
    "indicators[1].name": "响应时间",
    "indicators[1].target": "≤5分钟",
    "indicators[1].measurement": "系统日志抽查",
    "indicators[1].weight": "40",
    "indicators[2].name": "数据真实性",
    "indicators[2].target": "不得弄虚作假",
    "indicators[2].measurement": "材料核查",
    "indicators[2].weight": "0",
    "indicators[2].veto": "on",
    ...overrides,
  };
}

export async function countRows(table: "tasks" | "taskIndicators" | "lists" | "auditLog"): Promise<number> {
  return (
    await getDb()
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow()
  ).n;
}
