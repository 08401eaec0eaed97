import type { District } from "../../../domain/districts";
import type { Maturity, SdDomain, SupplyKind } from "../../../domain/supply-demand";
import { DEMANDS_CURRENT, DEMANDS_PREVIOUS } from "./sd-items-demands";
import { SUPPLIES_CURRENT, SUPPLIES_PREVIOUS } from "./sd-items-supplies";

// 演示数据：虚构内容，并非真实的供需清单。Fictitious demo data, not from a real supply–demand list.

/**
 * Who publishes an item: a department (`dept:<key>` of SEED_DEPARTMENTS), alpha, beta, or a partner organization
 * named by a part of its name that no other partner shares (e.g. "伽马").
 */
export type SeedOwner = `dept:${string}` | "alpha" | "beta" | string;

/** Where an item of the current year rests when it is not published: the review queue's demo. */
export type SeedSdStatus = "draft" | "submitted" | "returned";

interface SeedSdCommon {
  /** Unique across the demo: the labelled matching set (tests/fixtures/sd-match-labels.json) refers to it. */
  title: string;
  summary: string;
  /** A second paragraph after the summary. */
  detail: string;
  domain: SdDomain;
  tags: string[];
  owner: SeedOwner;
  status?: SeedSdStatus;
  /** Why a returned item went back to its owner. */
  returnReason?: string;
}

export interface SeedSdDemand extends SeedSdCommon {
  /** null: city-wide (全市). */
  district: District | null;
  expectedOutcome: string;
  /** 万元 (10,000 yuan); null: not stated. */
  budgetWan: [number, number] | null;
}

export interface SeedSdSupply extends SeedSdCommon {
  kind: SupplyKind;
  maturity: Maturity;
  /** With maturity "deployed": at how many customers it runs. */
  customers?: number;
  /** Empty: the whole city. */
  districtsServed: District[];
  /** 万元; null: on request. */
  priceWan: [number, number] | null;
  referenceCases: string;
}

/** Government departments (政府部门): their USCC starts with 1 (机关). dept@demo.local owns the first. */
export interface SeedDepartment {
  key: string;
  name: string;
  district: District;
  contact: string;
  email: string;
}

export const SEED_DEPARTMENTS: SeedDepartment[] = [
  {
    key: "hongshan",
    name: "武汉市洪山区政务服务和大数据管理局（演示）",
    district: "洪山区",
    contact: "洪晓数",
    email: "dept@demo.local",
  },
  {
    key: "water",
    name: "武汉市水务局（演示）",
    district: "江岸区",
    contact: "江水利",
    email: "dept-water@demo.local",
  },
  {
    key: "transport",
    name: "武汉市交通运输局（演示）",
    district: "江汉区",
    contact: "路通达",
    email: "dept-transport@demo.local",
  },
  {
    key: "emergency",
    name: "武汉市应急管理局（演示）",
    district: "江岸区",
    contact: "安应急",
    email: "dept-emergency@demo.local",
  },
  {
    key: "health",
    name: "武汉市卫生健康委员会（演示）",
    district: "江汉区",
    contact: "康卫健",
    email: "dept-health@demo.local",
  },
  {
    key: "jianghan",
    name: "武汉市江汉区城市管理执法局（演示）",
    district: "江汉区",
    contact: "韩城管",
    email: "dept-jianghan@demo.local",
  },
];

/** The demo's items by list year: `previous` is the year before the seed's clock, `current` its year. */
export const SEED_SD_ITEMS = {
  previous: { demands: DEMANDS_PREVIOUS, supplies: SUPPLIES_PREVIOUS },
  current: { demands: DEMANDS_CURRENT, supplies: SUPPLIES_CURRENT },
} as const;
