import type { District } from "../../../domain/districts";
import type { TaskDomain } from "../../../domain/task-domains";

/** Demo task content. Fictitious (演示数据): not taken from any real call for proposals. */
export interface SeedIndicator {
  name: string;
  target: string;
  measurement: string;
  weight: number;
  veto: boolean;
}

export interface SeedTask {
  title: string;
  domain: TaskDomain;
  demandUnit: string;
  district: District;
  scenarioNeed: string;
  goals: string;
  eligibility: string;
  indicativeInvestmentYuan: number;
  maxWinners: number;
  contactName: string;
  contactPhone: string;
  indicators: SeedIndicator[];
}
