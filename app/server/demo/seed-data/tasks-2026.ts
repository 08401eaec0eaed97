import type { SeedTask } from "./types";

// 演示数据：虚构内容，并非真实榜单。Fictitious demo data, not from a real call.
export const TASKS_2026: SeedTask[] = [
  {
    title: "政务服务大模型智能体“一网通办”辅助审批场景",
    domain: "ai",
    demandUnit: "江汉区某政务服务和数据管理部门",
    district: "江汉区",
    scenarioNeed:
      "区政务服务中心年均受理各类政务服务事项超过60万件，涉及企业开办、社保医保、不动产登记等300余项高频事项。当前咨询解答依赖人工窗口和热线，政策口径不统一、重复咨询多；材料预审主要靠人工比对，退件率约18%，群众“来回跑”问题仍然存在。\n\n拟建设基于行业大模型的政务服务智能体，覆盖智能问答、办事指引、材料预审和审批辅助等环节，在保障数据安全的前提下实现本地化部署，并与现有一网通办平台对接。",
    goals:
      "- 构建覆盖不少于300项高频事项的政务知识库，智能问答准确率≥92%；\n- 材料智能预审覆盖不少于50项事项，材料退件率下降至8%以下；\n- 模型及智能体全部本地化部署，满足等保三级要求，与现有政务服务平台完成接口对接；\n- 上线运行不少于6个月，形成可在全市复制推广的建设规范。",
    eligibility:
      "注册地在中国境内的独立法人，具有政务领域大模型或智能问答系统建设案例；所用大模型已完成生成式人工智能服务备案；具备本地化部署和持续运维能力，鼓励联合体揭榜。",
    indicativeInvestmentYuan: 6800000,
    maxWinners: 1,
    contactName: "李工",
    contactPhone: "027-85612347",
    indicators: [
      { name: "智能问答准确率", target: "≥92%", measurement: "第三方测试集评测", weight: 30, veto: false },
      {
        name: "材料预审覆盖事项数",
        target: "不少于50项",
        measurement: "系统运行日志抽查",
        weight: 25,
        veto: false,
      },
      { name: "材料退件率", target: "≤8%", measurement: "业务统计数据核验", weight: 25, veto: false },
      { name: "平均响应时延", target: "≤3秒", measurement: "现场测试", weight: 20, veto: false },
      { name: "数据安全事件", target: "零发生", measurement: "网络安全监测记录核查", weight: 0, veto: true },
    ],
  },
  {
    title: "医疗大模型辅助病历质控与智能预问诊应用",
    domain: "ai",
    demandUnit: "洪山区某高校附属医院",
    district: "洪山区",
    scenarioNeed:
      "医院编制床位约3000张，年门急诊量超过400万人次。门诊医生接诊时间紧张，问诊信息采集不充分；住院病历质控以人工抽查为主，抽查比例不足10%，缺陷发现滞后，影响医疗质量管理和医保结算。\n\n医院希望引入医疗行业大模型，在门诊环节开展智能预问诊，自动生成结构化病史供医生参考；在住院环节实现运行病历和终末病历的全量智能质控，及时提示书写缺陷和内涵质量问题。系统须在院内私有化部署，患者数据不出院。",
    goals:
      "- 智能预问诊覆盖不少于10个临床科室，生成病史与医生最终记录的关键信息一致率≥85%；\n- 病历质控实现住院病历100%全量覆盖，缺陷识别准确率≥90%；\n- 甲级病历率较上线前提升不少于5个百分点；\n- 完成与医院HIS、EMR系统的集成，医生日常使用率≥70%。",
    eligibility:
      "具有医疗信息化或医疗人工智能产品研发经验的企业或科研机构；医疗大模型已完成生成式人工智能服务备案；近三年至少具有2家三级医院应用案例；具备医疗数据安全合规管理体系。",
    indicativeInvestmentYuan: 9500000,
    maxWinners: 2,
    contactName: "孙老师",
    contactPhone: "027-87543216",
    indicators: [
      {
        name: "预问诊关键信息一致率",
        target: "≥85%",
        measurement: "临床专家抽样评审",
        weight: 25,
        veto: false,
      },
      { name: "病历缺陷识别准确率", target: "≥90%", measurement: "第三方检测报告", weight: 30, veto: false },
      {
        name: "住院病历质控覆盖率",
        target: "100%",
        measurement: "系统运行日志抽查",
        weight: 20,
        veto: false,
      },
      { name: "医生日常使用率", target: "≥70%", measurement: "业务系统使用统计", weight: 25, veto: false },
      { name: "患者隐私数据泄露", target: "零发生", measurement: "网络安全审计", weight: 0, veto: true },
    ],
  },
  {
    title: "具身智能机器人在新能源汽车总装线柔性作业中的应用",
    domain: "ai",
    demandUnit: "武汉某新能源汽车企业",
    district: "武汉经济技术开发区",
    scenarioNeed:
      "企业总装车间采用多车型混线生产，内饰装配、线束插接、螺栓紧固等工序仍高度依赖人工，作业空间狭窄、动作重复，员工劳动强度大；车型切换时传统工业机器人需重新示教编程，调试周期长达2至3周。\n\n企业希望引入具备视觉感知、灵巧操作和自主学习能力的具身智能机器人，在真实产线上完成至少3类装配工序，能够通过少量示教快速适应新车型，并与现有制造执行系统（MES）协同调度，保障人机共融作业安全。",
    goals:
      "- 在总装线部署具身智能机器人不少于5台，覆盖不少于3类装配工序；\n- 单工序作业成功率≥99%，节拍满足产线60秒/台要求；\n- 新车型工序切换的示教适配时间≤3天；\n- 连续稳定运行不少于3个月，平均无故障时间≥500小时，人机协作安全零事故。",
    eligibility:
      "具有人形机器人或具身智能机器人整机研发能力的企业或科研机构，拥有自主知识产权的运动控制与感知算法；具备汽车或电子制造领域落地案例者优先；可组建联合体揭榜。",
    indicativeInvestmentYuan: 15000000,
    maxWinners: 1,
    contactName: "王工",
    contactPhone: "027-84291035",
    indicators: [
      { name: "单工序作业成功率", target: "≥99%", measurement: "现场测试", weight: 30, veto: false },
      { name: "生产节拍", target: "≤60秒/台", measurement: "现场测试", weight: 20, veto: false },
      { name: "新车型示教适配时间", target: "≤3天", measurement: "现场测试", weight: 20, veto: false },
      {
        name: "平均无故障时间",
        target: "≥500小时",
        measurement: "系统运行日志抽查",
        weight: 30,
        veto: false,
      },
    ],
  },
  {
    title: "社区嵌入式养老服务智能照护机器人应用",
    domain: "ai",
    demandUnit: "江岸区某社区养老服务中心",
    district: "江岸区",
    scenarioNeed:
      "辖区60岁以上老年人口占比已超过24%，独居和失能半失能老人照护需求持续增长，而社区养老服务中心护理人员不足、夜间巡视压力大，老人跌倒、突发疾病等风险难以及时发现。\n\n中心希望在日间照料区和嵌入式养老床位部署智能照护机器人，实现夜间巡视、跌倒识别与报警、用药提醒、陪伴交流和简单物品递送等功能，并与社区医生、老人家属联动，在保护老人隐私的前提下提升照护质量和效率。",
    goals:
      "- 在不少于3个社区养老服务站点部署照护机器人不少于10台；\n- 跌倒等异常事件识别准确率≥95%，从识别到报警推送≤30秒；\n- 支持武汉方言语音交互，语音识别准确率≥90%；\n- 护理人员夜间巡视工作量减少30%以上，老人及家属满意度≥90%。",
    eligibility:
      "具有服务机器人或智能养老产品研发和交付能力的企业；产品须通过相关电气安全检测；具备养老机构或社区场景应用案例；能提供不少于3年的本地运维服务。",
    indicativeInvestmentYuan: 3200000,
    maxWinners: 1,
    contactName: "陈主任",
    contactPhone: "027-82736519",
    indicators: [
      { name: "异常事件识别准确率", target: "≥95%", measurement: "第三方检测报告", weight: 30, veto: false },
      { name: "报警推送时延", target: "≤30秒", measurement: "现场测试", weight: 20, veto: false },
      { name: "方言语音识别准确率", target: "≥90%", measurement: "现场测试", weight: 20, veto: false },
      { name: "老人及家属满意度", target: "≥90%", measurement: "问卷调查", weight: 30, veto: false },
      { name: "数据真实性", target: "不得弄虚作假", measurement: "材料核查", weight: 0, veto: true },
    ],
  },
  {
    title: "5G-A通感一体低空飞行监视网络建设与应用示范",
    domain: "5g",
    demandUnit: "东湖新技术开发区某低空经济产业服务平台",
    district: "东湖新技术开发区",
    scenarioNeed:
      "随着园区无人机物流配送、巡检作业等低空应用快速增加，低空飞行器数量和航线密度明显提升。现有监管主要依靠飞行计划报备和ADS-B等合作式手段，对“黑飞”和“低慢小”目标缺乏有效感知，低空安全管理存在盲区。\n\n需求方拟利用5G-A通信感知一体化技术，依托现有基站升级，构建覆盖重点区域的低空感知网络，实现对300米以下低空目标的探测、定位、跟踪和识别，并将感知数据接入低空飞行服务平台，支撑航线规划、冲突预警和违规飞行处置。",
    goals:
      "- 建成5G-A通感基站不少于20个，连续覆盖面积不少于30平方公里；\n- 对小型无人机目标探测概率≥95%，水平定位精度≤10米；\n- 目标航迹更新周期≤1秒，支持同时跟踪不少于100个目标；\n- 完成与低空飞行服务平台的数据对接，形成通感一体组网技术规范。",
    eligibility:
      "具有5G-A或通信感知一体化技术研发与组网能力的通信设备商、基础电信运营商或系统集成商；具有低空感知相关试点案例；可与运营商组成联合体揭榜。",
    indicativeInvestmentYuan: 18000000,
    maxWinners: 1,
    contactName: "赵工",
    contactPhone: "027-87906624",
    indicators: [
      { name: "目标探测概率", target: "≥95%", measurement: "现场测试", weight: 30, veto: false },
      { name: "水平定位精度", target: "≤10米", measurement: "第三方检测报告", weight: 25, veto: false },
      { name: "连续覆盖面积", target: "不少于30平方公里", measurement: "现场验收", weight: 20, veto: false },
      { name: "航迹更新周期", target: "≤1秒", measurement: "系统运行日志抽查", weight: 25, veto: false },
    ],
  },
  {
    title: "5G-A无源物联在智慧物流园区资产盘点中的应用",
    domain: "5g",
    demandUnit: "长江新区某智慧物流园区运营企业",
    district: "长江新区",
    scenarioNeed:
      "园区仓储面积约20万平方米，存放托盘、周转箱、叉车等可移动资产超过10万件。目前资产盘点主要依靠人工扫码，全量盘点一次需要3至5天，账实不符率较高，周转箱丢失和闲置问题突出；传统RFID方案需大量部署读写器，建设和维护成本高。\n\n园区希望基于5G-A无源物联技术，利用蜂窝网络直接读取低成本无源标签，实现库区和堆场资产的大范围、自动化、实时盘点与定位，并与仓储管理系统打通。",
    goals:
      "- 部署5G-A无源物联基站覆盖不少于5万平方米库区，接入无源标签不少于5万个；\n- 单基站标签读取距离≥50米，盘点识别率≥99%；\n- 全库区盘点时间由3天缩短至2小时以内；\n- 单个标签成本控制在0.5元以内，形成可推广的园区无源物联解决方案。",
    eligibility:
      "具有5G-A无源物联、蜂窝物联网或RFID相关技术积累的设备商、运营商或解决方案提供商；具有物流仓储行业信息化项目经验；鼓励产业链上下游组成联合体。",
    indicativeInvestmentYuan: 4500000,
    maxWinners: 1,
    contactName: "刘工",
    contactPhone: "027-86453307",
    indicators: [
      { name: "标签读取距离", target: "≥50米", measurement: "现场测试", weight: 25, veto: false },
      { name: "盘点识别率", target: "≥99%", measurement: "现场测试", weight: 30, veto: false },
      { name: "全库区盘点时长", target: "≤2小时", measurement: "系统运行日志抽查", weight: 25, veto: false },
      { name: "单标签成本", target: "≤0.5元", measurement: "采购合同核查", weight: 20, veto: false },
    ],
  },
  {
    title: "车路云一体化智能网联公交与自动驾驶接驳示范",
    domain: "5g",
    demandUnit: "蔡甸区某交通运输管理部门",
    district: "蔡甸区",
    scenarioNeed:
      "区内正推进车路云一体化应用试点建设，已有部分路口完成路侧感知设备安装，但路侧单元、边缘计算和云控平台分属不同建设主体，数据标准不统一，车端难以稳定获得超视距信息，智能网联公交和自动驾驶接驳车的规模化运营受限。\n\n需求方希望以5G和C-V2X为基础，打通“车—路—云”数据链路，在不少于20公里的公交线路和园区接驳道路上开展示范运营，实现信号灯信息推送、盲区预警、公交优先和远程安全监管等应用。",
    goals:
      "- 完成不少于30个路口的路侧设施接入与改造，覆盖道路里程不少于20公里；\n- 车路协同消息端到端时延≤100毫秒，信号灯信息推送准确率≥99%；\n- 投入智能网联公交和自动驾驶接驳车不少于15辆，示范运营不少于6个月；\n- 示范线路公交平均行程时间缩短10%以上。",
    eligibility:
      "具有车路协同系统、云控平台或智能网联汽车研发运营经验的企业或联合体；具备路侧设备与车端设备的集成测试能力；近三年具有车路协同示范项目业绩。",
    indicativeInvestmentYuan: 19800000,
    maxWinners: 2,
    contactName: "周工",
    contactPhone: "027-84978152",
    indicators: [
      { name: "端到端通信时延", target: "≤100毫秒", measurement: "第三方检测报告", weight: 25, veto: false },
      { name: "信号灯信息推送准确率", target: "≥99%", measurement: "现场测试", weight: 25, veto: false },
      { name: "路口接入数量", target: "不少于30个", measurement: "现场验收", weight: 20, veto: false },
      {
        name: "公交平均行程时间缩短率",
        target: "≥10%",
        measurement: "运营数据比对",
        weight: 30,
        veto: false,
      },
      { name: "安全责任事故", target: "零发生", measurement: "运营安全记录核查", weight: 0, veto: true },
    ],
  },
  {
    title: "5G专网支撑钢铁企业天车远程操控与无人化改造",
    domain: "5g",
    demandUnit: "青山区某大型钢铁企业",
    district: "青山区",
    scenarioNeed:
      "企业炼钢、热轧等车间共有各类桥式起重机（天车）100余台，司机需在高温、粉尘、噪声环境中高空作业，劳动强度大、安全风险高，一线司机老龄化、招工难问题日益突出。现有工业Wi-Fi在强电磁干扰和金属遮挡环境下信号不稳定，难以满足远程操控对时延和可靠性的要求。\n\n企业希望建设覆盖主要车间的5G行业专网，实现天车视频回传和控制指令低时延可靠传输，推动天车由现场操作向集控室远程操控和无人化作业转变。",
    goals:
      "- 建成覆盖不少于3个主体车间的5G专网，上行带宽满足每台天车4路高清视频回传；\n- 控制指令端到端时延≤20毫秒，通信可靠性≥99.99%；\n- 完成不少于20台天车的远程操控改造，其中不少于5台实现无人化自动作业；\n- 改造天车作业效率不低于人工操作水平，一线司机岗位减少30%以上。",
    eligibility:
      "具有5G行业专网建设运营能力的基础电信企业或与之组成的联合体；具有冶金、港口等重工业场景5G应用案例；具备起重设备自动化改造能力或合作伙伴。",
    indicativeInvestmentYuan: 12000000,
    maxWinners: 1,
    contactName: "吴工",
    contactPhone: "027-86712248",
    indicators: [
      {
        name: "控制指令端到端时延",
        target: "≤20毫秒",
        measurement: "第三方检测报告",
        weight: 30,
        veto: false,
      },
      { name: "通信可靠性", target: "≥99.99%", measurement: "网络性能测试", weight: 25, veto: false },
      {
        name: "远程操控改造天车数量",
        target: "不少于20台",
        measurement: "现场验收",
        weight: 20,
        veto: false,
      },
      {
        name: "天车作业效率",
        target: "不低于人工操作水平",
        measurement: "生产数据比对",
        weight: 25,
        veto: false,
      },
    ],
  },
  {
    title: "光通信器件生产工业互联网+AI视觉质检应用",
    domain: "industrial_internet",
    demandUnit: "东湖新技术开发区某光通信器件企业",
    district: "东湖新技术开发区",
    scenarioNeed:
      "企业主要生产光模块及光芯片封装产品，外观缺陷检测涉及端面划痕、脏污、胶水溢出、焊点异常等20余类缺陷，目前主要依靠人工在显微镜下目检，单人每班检测约2000件，漏检率约3%，检测标准受人员经验影响大。\n\n企业希望构建基于工业互联网平台的AI视觉质检系统，实现关键工序缺陷的在线自动检测，检测结果与制造执行系统实时联动，并通过缺陷数据的汇聚分析追溯工艺问题，持续提升产品良率。",
    goals:
      "- 在不少于3条产线部署AI视觉质检工位，覆盖不少于20类典型缺陷；\n- 缺陷检出率≥99.5%，误判率≤1%；\n- 单件检测时间≤2秒，质检环节用工减少50%以上；\n- 建立缺陷样本库和模型持续迭代机制，新增缺陷类别的模型更新周期≤1周。",
    eligibility:
      "具有机器视觉或工业AI质检产品研发能力的企业，拥有自主知识产权的核心算法；具有电子或半导体行业质检项目落地案例；具备工业现场软硬件集成能力。",
    indicativeInvestmentYuan: 3800000,
    maxWinners: 1,
    contactName: "黄工",
    contactPhone: "027-87265590",
    indicators: [
      { name: "缺陷检出率", target: "≥99.5%", measurement: "现场测试", weight: 35, veto: false },
      { name: "误判率", target: "≤1%", measurement: "现场测试", weight: 25, veto: false },
      { name: "单件检测时间", target: "≤2秒", measurement: "现场测试", weight: 20, veto: false },
      { name: "质检用工减少比例", target: "≥50%", measurement: "企业生产数据核验", weight: 20, veto: false },
    ],
  },
  {
    title: "汽车零部件产业集群工业互联网标识解析协同平台",
    domain: "industrial_internet",
    demandUnit: "汉阳区某汽车零部件企业",
    district: "汉阳区",
    scenarioNeed:
      "企业为多家整车厂配套生产底盘和内饰零部件，上游涉及200余家二三级供应商。当前上下游之间的订单、库存、质量数据主要通过邮件和表格传递，零部件批次追溯需要跨多个系统人工查询，一旦出现质量问题，定位影响范围平均需要2天以上。\n\n企业希望依托工业互联网标识解析体系，为零部件赋予唯一标识，打通供应商、企业自身与整车厂之间的数据链路，实现订单协同、批次追溯和质量闭环管理，带动产业集群中小企业数字化转型。",
    goals:
      "- 接入标识解析二级节点，完成标识注册量不少于1000万条；\n- 接入上游供应商不少于100家，其中中小企业占比不低于60%；\n- 质量问题批次追溯时间由2天缩短至30分钟以内；\n- 供应商订单协同响应时间缩短40%以上，形成汽车零部件行业标识应用解决方案。",
    eligibility:
      "具有工业互联网平台或标识解析应用建设经验的企业；熟悉汽车行业供应链管理业务；近三年具有不少于2个工业互联网平台项目业绩；可与行业二级节点运营单位组成联合体。",
    indicativeInvestmentYuan: 5600000,
    maxWinners: 2,
    contactName: "马工",
    contactPhone: "027-84563371",
    indicators: [
      {
        name: "标识注册量",
        target: "不少于1000万条",
        measurement: "标识解析节点数据核查",
        weight: 25,
        veto: false,
      },
      {
        name: "接入供应商数量",
        target: "不少于100家",
        measurement: "系统运行日志抽查",
        weight: 25,
        veto: false,
      },
      { name: "批次追溯时间", target: "≤30分钟", measurement: "现场测试", weight: 30, veto: false },
      {
        name: "订单协同响应时间缩短率",
        target: "≥40%",
        measurement: "业务数据比对",
        weight: 20,
        veto: false,
      },
    ],
  },
  {
    title: "食品加工园区工业互联网能碳管理平台建设",
    domain: "industrial_internet",
    demandUnit: "东西湖区某食品产业园区管理机构",
    district: "东西湖区",
    scenarioNeed:
      "园区集聚食品饮料、冷链物流等企业80余家，制冷、蒸汽和压缩空气等能耗占企业生产成本的比重较高。多数企业仍采用人工抄表，能耗数据分散、颗粒度粗，难以识别设备异常耗能；出口型企业面临下游客户提出的产品碳足迹核算要求，但普遍缺乏核算能力。\n\n园区希望建设工业互联网能碳管理平台，对重点用能设备进行在线监测和智能分析，为企业提供节能诊断、碳排放核算和产品碳足迹服务，推动园区绿色低碳发展。",
    goals:
      "- 接入园区企业不少于50家，接入重点用能设备计量点不少于2000个；\n- 能耗数据采集间隔≤15分钟，数据完整率≥98%；\n- 通过智能调优，试点企业综合能耗降低8%以上；\n- 为不少于10家企业完成产品碳足迹核算，核算方法符合国家相关标准。",
    eligibility:
      "具有工业能源管理、能碳管理平台或节能服务经验的企业；具备碳排放核算相关专业人员；近三年具有工业园区或制造企业能碳管理项目案例。",
    indicativeInvestmentYuan: 2600000,
    maxWinners: 1,
    contactName: "郑工",
    contactPhone: "027-83216684",
    indicators: [
      { name: "接入企业数量", target: "不少于50家", measurement: "平台数据核查", weight: 25, veto: false },
      { name: "能耗数据完整率", target: "≥98%", measurement: "系统运行日志抽查", weight: 20, veto: false },
      {
        name: "试点企业综合能耗降低率",
        target: "≥8%",
        measurement: "第三方节能量审核",
        weight: 35,
        veto: false,
      },
      {
        name: "完成碳足迹核算企业数",
        target: "不少于10家",
        measurement: "核算报告核查",
        weight: 20,
        veto: false,
      },
    ],
  },
  {
    title: "工业大模型驱动的冶金关键设备预测性维护应用",
    domain: "industrial_internet",
    demandUnit: "青山区某冶金装备运维企业",
    district: "青山区",
    scenarioNeed:
      "企业承担区域内多条冶金生产线的设备运维服务，风机、水泵、轧机传动系统等关键设备数量超过3000台。目前以定期检修和事后维修为主，非计划停机每年造成的直接损失超过2000万元；设备点检记录、维修工单和技术手册等资料分散，老师傅的经验难以沉淀传承。\n\n企业希望融合设备振动、温度、电流等时序数据与运维知识，构建面向冶金行业的工业大模型，实现故障早期预警、根因分析和维修方案智能推荐。",
    goals:
      "- 接入关键设备在线监测数据不少于500台；\n- 故障提前预警时间≥72小时，预警准确率≥90%；\n- 构建冶金设备运维知识库，维修方案智能推荐采纳率≥80%；\n- 试点产线非计划停机时间降低30%以上，年维护成本降低15%以上。",
    eligibility:
      "具有工业设备故障诊断、预测性维护或工业大模型研发能力的企业或科研院所；具有冶金、电力、石化等流程行业应用案例；具备工业现场数据采集与边缘部署能力。",
    indicativeInvestmentYuan: 7200000,
    maxWinners: 1,
    contactName: "孙工",
    contactPhone: "027-86890473",
    indicators: [
      {
        name: "故障预警准确率",
        target: "≥90%",
        measurement: "历史故障回溯测试与现场验证",
        weight: 30,
        veto: false,
      },
      {
        name: "故障提前预警时间",
        target: "≥72小时",
        measurement: "系统运行日志抽查",
        weight: 20,
        veto: false,
      },
      { name: "维修方案推荐采纳率", target: "≥80%", measurement: "运维工单统计", weight: 20, veto: false },
      { name: "非计划停机时间降低率", target: "≥30%", measurement: "生产数据比对", weight: 30, veto: false },
    ],
  },
  {
    title: "区块链+跨境贸易多式联运“一单制”数字提单应用",
    domain: "blockchain",
    demandUnit: "新洲区某港口物流企业",
    district: "新洲区",
    scenarioNeed:
      "企业依托长江港口开展江海联运、铁水联运业务，年集装箱吞吐量超过百万标箱。跨境贸易中，提单、舱单、报关单、信用证等单证在船公司、货代、港口、海关和银行之间多次流转，纸质单证传递慢、核验难，单票业务平均耗时3天以上，且存在单证伪造和重复融资风险。\n\n企业希望基于区块链技术建设多式联运“一单制”数字提单平台，实现单证上链存证、多方可信共享和物权凭证电子化流转，并与国际贸易“单一窗口”及金融机构对接。",
    goals:
      "- 建成数字提单区块链平台，上链参与方不少于30家，覆盖船公司、货代、银行等主体；\n- 数字提单签发和流转全程线上办理，单票业务办理时间缩短至4小时以内；\n- 平台交易处理能力≥1000TPS，单证数据上链后不可篡改；\n- 基于数字提单开展的贸易融资业务不少于20笔。",
    eligibility:
      "具有自主可控区块链底层平台或联盟链运营能力的企业；熟悉国际贸易和航运物流业务；具有跨境贸易或供应链金融区块链应用案例；区块链信息服务已按规定完成备案。",
    indicativeInvestmentYuan: 6000000,
    maxWinners: 1,
    contactName: "冯工",
    contactPhone: "027-89354126",
    indicators: [
      { name: "上链参与方数量", target: "不少于30家", measurement: "平台数据核查", weight: 25, veto: false },
      { name: "单票业务办理时间", target: "≤4小时", measurement: "业务流程实测", weight: 30, veto: false },
      {
        name: "平台交易处理能力",
        target: "≥1000TPS",
        measurement: "第三方检测报告",
        weight: 25,
        veto: false,
      },
      {
        name: "数字提单融资业务笔数",
        target: "不少于20笔",
        measurement: "金融机构业务凭证核查",
        weight: 20,
        veto: false,
      },
      { name: "数据真实性", target: "不得弄虚作假", measurement: "材料核查", weight: 0, veto: true },
    ],
  },
  {
    title: "基于区块链的中小企业供应链金融服务平台",
    domain: "blockchain",
    demandUnit: "江汉区某金融服务促进机构",
    district: "江汉区",
    scenarioNeed:
      "辖区商贸和现代服务业中小企业众多，普遍面临抵押物不足、信用信息分散、融资难融资贵等问题。核心企业的应付账款信用难以向多级供应商传递，银行对贸易背景真实性的核验成本高，末端供应商往往只能依赖高成本的民间借贷。\n\n需求方希望建设区块链供应链金融服务平台，实现核心企业应收账款凭证的拆分、流转和融资，汇聚税务、电力、物流等多维数据辅助授信，提升金融机构风控效率，降低中小企业融资成本。",
    goals:
      "- 平台接入核心企业不少于20家、金融机构不少于8家；\n- 服务中小微企业不少于500家，累计融资规模不少于10亿元；\n- 线上融资从申请到放款平均时间≤24小时；\n- 参与企业平均融资成本较同期下降不少于1个百分点，平台运行期间无重大风险事件。",
    eligibility:
      "具有区块链供应链金融平台建设或运营经验的企业、金融科技公司，或由其与持牌金融机构组成的联合体；具备金融级信息安全保障能力；区块链信息服务已按规定完成备案。",
    indicativeInvestmentYuan: 4200000,
    maxWinners: 1,
    contactName: "钱主任",
    contactPhone: "027-85478823",
    indicators: [
      {
        name: "接入核心企业数量",
        target: "不少于20家",
        measurement: "平台数据核查",
        weight: 20,
        veto: false,
      },
      {
        name: "服务中小微企业数量",
        target: "不少于500家",
        measurement: "平台数据核查",
        weight: 25,
        veto: false,
      },
      {
        name: "累计融资规模",
        target: "不少于10亿元",
        measurement: "金融机构放款凭证核查",
        weight: 30,
        veto: false,
      },
      { name: "平均放款时间", target: "≤24小时", measurement: "系统运行日志抽查", weight: 25, veto: false },
    ],
  },
  {
    title: "特色农产品区块链全链条质量溯源应用",
    domain: "blockchain",
    demandUnit: "黄陂区某农业农村服务部门",
    district: "黄陂区",
    scenarioNeed:
      "区内茶叶、草莓、小龙虾等特色农产品种植养殖规模大、品牌知名度逐步提升，但市场上冒用产地品牌、以次充好的现象时有发生，优质产品难以实现优价。现有溯源系统多由企业各自建设，数据由企业自行录入，真实性和公信力不足，消费者扫码意愿不高。\n\n需求方希望利用区块链结合物联网设备，对种养殖、加工、检测、仓储物流和销售等环节数据自动采集上链，建立可信溯源体系，为区域公用品牌保护和农产品质量监管提供支撑。",
    goals:
      "- 覆盖不少于3类特色农产品，接入经营主体不少于100家；\n- 物联网自动采集数据占上链数据比例≥60%，关键环节数据上链率100%；\n- 赋码产品不少于500万件，消费者扫码查询响应时间≤1秒；\n- 试点品牌产品平均销售价格提升10%以上。",
    eligibility:
      "具有区块链溯源平台建设和农业物联网应用经验的企业；熟悉农产品质量安全管理相关要求；近三年具有农产品或食品溯源项目案例；具备物联网采集设备安装和运维能力。",
    indicativeInvestmentYuan: 1800000,
    maxWinners: 2,
    contactName: "胡工",
    contactPhone: "027-86187329",
    indicators: [
      {
        name: "接入经营主体数量",
        target: "不少于100家",
        measurement: "平台数据核查",
        weight: 25,
        veto: false,
      },
      {
        name: "物联网自动采集数据占比",
        target: "≥60%",
        measurement: "系统运行日志抽查",
        weight: 30,
        veto: false,
      },
      { name: "赋码产品数量", target: "不少于500万件", measurement: "平台数据核查", weight: 20, veto: false },
      { name: "扫码查询响应时间", target: "≤1秒", measurement: "现场测试", weight: 25, veto: false },
      { name: "数据真实性", target: "不得弄虚作假", measurement: "材料核查", weight: 0, veto: true },
    ],
  },
  {
    title: "区块链+碳普惠个人低碳行为激励平台",
    domain: "blockchain",
    demandUnit: "武昌区某生态环境管理部门",
    district: "武昌区",
    scenarioNeed:
      "为推动形成绿色低碳生活方式，需求方计划在全区推广碳普惠机制，对市民绿色出行、垃圾分类、节约用电、旧物回收等低碳行为进行量化记录和激励。目前各类低碳行为数据分散在交通、环卫、电力等不同部门和企业，口径不一，减排量核算缺乏统一方法学，且存在重复计量和数据造假风险。\n\n需求方希望基于区块链建设碳普惠平台，实现多源低碳行为数据可信汇聚、减排量科学核算和碳积分全流程可追溯，并打通商业消费激励渠道。",
    goals:
      "- 接入不少于6类低碳行为场景数据，形成不少于4项减排量核算方法学；\n- 平台注册用户不少于30万人，月活跃用户不少于5万人；\n- 碳积分产生、兑换、核销全流程上链，可追溯率100%；\n- 联动商户不少于200家，累计核证个人减排量不少于1万吨二氧化碳当量。",
    eligibility:
      "具有区块链平台研发能力和碳资产管理或碳普惠项目经验的企业；具备碳排放核算专业团队；拥有面向公众的互联网平台运营经验者优先。",
    indicativeInvestmentYuan: 2300000,
    maxWinners: 1,
    contactName: "徐老师",
    contactPhone: "027-88761542",
    indicators: [
      { name: "低碳行为场景数量", target: "不少于6类", measurement: "平台功能测试", weight: 20, veto: false },
      {
        name: "平台注册用户数量",
        target: "不少于30万人",
        measurement: "平台数据核查",
        weight: 25,
        veto: false,
      },
      {
        name: "碳积分全流程可追溯率",
        target: "100%",
        measurement: "第三方检测报告",
        weight: 25,
        veto: false,
      },
      {
        name: "累计核证减排量",
        target: "不少于1万吨二氧化碳当量",
        measurement: "第三方核证报告",
        weight: 30,
        veto: false,
      },
    ],
  },
  {
    title: "元宇宙+新能源汽车高压电维修职业技能实训",
    domain: "metaverse",
    demandUnit: "江夏区某职业技术学院",
    district: "江夏区",
    scenarioNeed:
      "学院新能源汽车技术专业在校生超过1500人，每年还承担社会人员职业技能培训任务。高压电系统检修、动力电池拆装等实训项目存在触电和热失控安全风险，实训车辆和电池包价格昂贵、损耗大，学生实际动手机会有限，典型故障案例难以在实车上反复复现。\n\n学院希望运用虚拟现实、数字孪生和多人协同等元宇宙技术，构建虚实融合的新能源汽车实训环境，覆盖典型故障诊断与维修工艺，支持教学、练习、考核全流程，并可面向社会开放共享。",
    goals:
      "- 开发不少于30个实训教学模块，覆盖高压安全防护、电池管理系统、驱动电机等典型故障；\n- 支持不少于40人同时在线协同实训，画面延迟≤20毫秒；\n- 建立与职业技能等级标准衔接的虚拟考核体系；\n- 年培训不少于3000人次，学员实操考核通过率较传统教学提升15%以上。",
    eligibility:
      "具有虚拟现实、数字孪生教学软件开发经验的企业；具有职业教育实训项目建设案例；熟悉新能源汽车维修技术标准，可与汽车企业或行业协会组成联合体。",
    indicativeInvestmentYuan: 2800000,
    maxWinners: 3,
    contactName: "杨老师",
    contactPhone: "027-81967435",
    indicators: [
      { name: "实训教学模块数量", target: "不少于30个", measurement: "现场验收", weight: 25, veto: false },
      { name: "同时在线协同人数", target: "不少于40人", measurement: "现场测试", weight: 20, veto: false },
      { name: "画面延迟", target: "≤20毫秒", measurement: "第三方检测报告", weight: 20, veto: false },
      { name: "实操考核通过率提升", target: "≥15%", measurement: "教学数据比对", weight: 35, veto: false },
    ],
  },
  {
    title: "东湖绿道数字孪生与沉浸式文旅体验场景建设",
    domain: "metaverse",
    demandUnit: "东湖生态旅游风景区某文旅运营单位",
    district: "东湖生态旅游风景区",
    scenarioNeed:
      "景区绿道总长超过100公里，年接待游客超过2000万人次，但现有游览内容以观光骑行为主，夜间和淡季产品供给不足，游客停留时间短、二次消费比例低。景区历史文化和自然生态资源丰富，但缺乏生动直观的展示方式。\n\n运营单位希望构建景区数字孪生底座，结合AR导览、虚拟数字人讲解和沉浸式互动演艺等元宇宙应用，打造线上线下融合的文旅新体验，同时为景区客流疏导、设施管理和应急调度提供可视化支撑。",
    goals:
      "- 建成覆盖核心游览区不少于20平方公里的数字孪生场景，重点区域建模精度≤5厘米；\n- 上线AR导览点位不少于50个，虚拟数字人讲解支持中英文双语；\n- 推出不少于3项沉浸式夜游或互动体验产品；\n- 试点区域游客平均停留时间提升20%以上，线上平台累计访问量不少于500万人次。",
    eligibility:
      "具有数字孪生、三维建模或文旅元宇宙项目建设运营经验的企业；具有5A级景区或大型文旅项目案例；具备内容创作和长期运营能力，鼓励技术企业与文化机构联合揭榜。",
    indicativeInvestmentYuan: 8500000,
    maxWinners: 1,
    contactName: "何工",
    contactPhone: "027-87820196",
    indicators: [
      {
        name: "数字孪生覆盖面积",
        target: "不少于20平方公里",
        measurement: "现场验收",
        weight: 20,
        veto: false,
      },
      { name: "重点区域建模精度", target: "≤5厘米", measurement: "第三方检测报告", weight: 20, veto: false },
      { name: "AR导览点位数量", target: "不少于50个", measurement: "现场测试", weight: 20, veto: false },
      {
        name: "游客平均停留时间提升率",
        target: "≥20%",
        measurement: "景区客流数据比对",
        weight: 40,
        veto: false,
      },
    ],
  },
  {
    title: "医学教育虚拟仿真手术训练与远程示教平台",
    domain: "metaverse",
    demandUnit: "武昌区某高校医学院",
    district: "武昌区",
    scenarioNeed:
      "学院每年承担临床医学专业本科生、规培住院医师等各类培训超过5000人次。外科手术技能训练受限于遗体标本和动物实验资源紧缺，住院医师上台主刀机会少、成长周期长；优质手术示教资源集中在少数专家，难以覆盖基层医院。\n\n学院希望建设基于虚拟现实、力反馈和数字人体模型的手术训练平台，覆盖腹腔镜、骨科等常见术式，支持多人沉浸式协同训练和远程手术示教，并能对学员操作进行客观量化评价。",
    goals:
      "- 构建高精度数字人体解剖模型，涵盖不少于8个系统的主要器官组织；\n- 开发不少于15个术式的虚拟手术训练模块，力反馈更新频率≥1000赫兹；\n- 支持不少于5家医院远程接入开展示教；\n- 平台年训练不少于3000人次，学员操作评分与专家评价一致率≥85%。",
    eligibility:
      "具有医学虚拟仿真、手术模拟器或医疗VR产品研发能力的企业或科研机构；产品已在医学院校或医院投入使用；研发团队中须有临床医学专业人员。",
    indicativeInvestmentYuan: 5200000,
    maxWinners: 1,
    contactName: "罗老师",
    contactPhone: "027-88034617",
    indicators: [
      {
        name: "虚拟手术训练模块数量",
        target: "不少于15个",
        measurement: "现场验收",
        weight: 25,
        veto: false,
      },
      { name: "力反馈更新频率", target: "≥1000赫兹", measurement: "第三方检测报告", weight: 25, veto: false },
      {
        name: "远程接入医院数量",
        target: "不少于5家",
        measurement: "系统运行日志抽查",
        weight: 20,
        veto: false,
      },
      {
        name: "评分与专家评价一致率",
        target: "≥85%",
        measurement: "临床专家抽样评审",
        weight: 30,
        veto: false,
      },
    ],
  },
  {
    title: "虚实融合的社区应急避险与急救技能培训场景",
    domain: "metaverse",
    demandUnit: "硚口区某应急管理部门",
    district: "硚口区",
    scenarioNeed:
      "辖区老旧社区多、人口密度大，商业综合体和批发市场人流集中，火灾、内涝和突发疾病等风险较高。现有应急培训以讲座和发放宣传资料为主，群众参与度低，培训效果难以评估；实景应急演练组织成本高、频次少，难以模拟真实灾害场景。\n\n需求方希望运用虚拟现实、混合现实和数字孪生技术，搭建社区应急体验与培训场景，模拟火灾逃生、内涝避险、心肺复苏等情境，并配套可移动的体验设备，进社区、进学校、进商场开展常态化培训。",
    goals:
      "- 开发不少于12个应急培训场景，其中基于辖区真实建筑建模的场景不少于5个；\n- 配置固定体验点不少于2个、移动体验设备不少于5套；\n- 年培训群众不少于2万人次，培训后考核合格率≥90%；\n- 建立培训数据管理平台，实现培训记录、考核结果可查询、可统计。",
    eligibility:
      "具有VR/MR内容开发或应急安全培训产品研发经验的企业；具有应急、消防或安全生产领域培训项目案例；能提供不少于2年的运营和设备维护服务。",
    indicativeInvestmentYuan: 1500000,
    maxWinners: 1,
    contactName: "谢工",
    contactPhone: "027-83759264",
    indicators: [
      { name: "应急培训场景数量", target: "不少于12个", measurement: "现场验收", weight: 25, veto: false },
      { name: "年培训人次", target: "不少于2万人次", measurement: "平台数据核查", weight: 30, veto: false },
      { name: "培训考核合格率", target: "≥90%", measurement: "考核记录抽查", weight: 25, veto: false },
      { name: "移动体验设备数量", target: "不少于5套", measurement: "现场验收", weight: 20, veto: false },
    ],
  },
  {
    title: "长江航运物流可信数据空间建设与应用",
    domain: "big_data",
    demandUnit: "长江新区某航运物流数据服务企业",
    district: "长江新区",
    scenarioNeed:
      "长江中游航运物流涉及港口、船公司、货代、铁路、仓储等众多主体，各方数据分散在不同系统中，出于数据安全和商业秘密顾虑不愿共享，导致船货匹配效率低、空载率高、多式联运衔接不畅。\n\n需求方希望按照国家可信数据空间建设相关要求，构建面向航运物流行业的可信数据空间，通过身份认证、使用控制、隐私计算和数据溯源等技术，实现数据“可用不可见、可控可计量”，在船货撮合、运力调度、物流金融等场景中推动数据要素安全流通和价值释放。",
    goals:
      "- 建成行业可信数据空间，接入数据提供方和使用方不少于50家；\n- 上架数据产品不少于30个，支持不少于3种隐私计算技术路线；\n- 数据使用全过程可追溯、可审计，使用控制策略执行准确率100%；\n- 船货匹配效率提升30%以上，形成可复制的行业数据空间运营规则。",
    eligibility:
      "具有可信数据空间、隐私计算或数据流通平台研发能力的企业；熟悉航运物流行业业务；具有数据要素流通相关项目案例；具备数据安全管理体系认证者优先。",
    indicativeInvestmentYuan: 9000000,
    maxWinners: 1,
    contactName: "高工",
    contactPhone: "027-89621358",
    indicators: [
      { name: "接入主体数量", target: "不少于50家", measurement: "平台数据核查", weight: 25, veto: false },
      {
        name: "上架数据产品数量",
        target: "不少于30个",
        measurement: "平台数据核查",
        weight: 20,
        veto: false,
      },
      {
        name: "使用控制策略执行准确率",
        target: "100%",
        measurement: "第三方检测报告",
        weight: 25,
        veto: false,
      },
      { name: "船货匹配效率提升率", target: "≥30%", measurement: "业务数据比对", weight: 30, veto: false },
      { name: "数据安全事件", target: "零发生", measurement: "网络安全监测记录核查", weight: 0, veto: true },
    ],
  },
  {
    title: "公共医疗数据授权运营赋能商业健康保险快赔",
    domain: "big_data",
    demandUnit: "江岸区某公共数据运营机构",
    district: "江岸区",
    scenarioNeed:
      "商业健康保险理赔普遍需要参保人自行收集病历、发票、费用清单等纸质材料，理赔周期长达10至30天；保险机构核保核赔依赖人工审核，骗保风险难以识别，普惠型商业保险产品设计缺乏可靠的数据支撑。\n\n需求方拟在公共数据授权运营框架下，依托医疗机构诊疗和费用数据，通过隐私计算和数据脱敏等技术，在参保人授权前提下向保险机构提供理赔核验数据服务，实现商业健康保险“免材料、快理赔”，同时为产品精算提供合规数据产品。",
    goals:
      "- 接入医疗机构不少于20家，对接保险机构不少于5家；\n- 小额理赔案件在参保人授权后实现自动审核，平均理赔时长≤24小时；\n- 年服务理赔案件不少于5万件，异常案件智能识别准确率≥90%；\n- 形成不少于3个合规数据产品并在数据交易机构完成挂牌。",
    eligibility:
      "具有公共数据开发利用、医疗数据治理或保险科技项目经验的企业；具备隐私计算技术能力；通过数据安全能力成熟度或同类认证者优先；可与保险机构组成联合体。",
    indicativeInvestmentYuan: 3600000,
    maxWinners: 2,
    contactName: "唐主任",
    contactPhone: "027-82650913",
    indicators: [
      {
        name: "接入医疗机构数量",
        target: "不少于20家",
        measurement: "平台数据核查",
        weight: 20,
        veto: false,
      },
      { name: "平均理赔时长", target: "≤24小时", measurement: "系统运行日志抽查", weight: 30, veto: false },
      {
        name: "年服务理赔案件数",
        target: "不少于5万件",
        measurement: "保险机构业务数据核验",
        weight: 25,
        veto: false,
      },
      { name: "异常案件识别准确率", target: "≥90%", measurement: "第三方检测报告", weight: 25, veto: false },
      { name: "个人信息泄露事件", target: "零发生", measurement: "网络安全审计", weight: 0, veto: true },
    ],
  },
  {
    title: "城市全域数字化转型城市运行体征监测平台",
    domain: "big_data",
    demandUnit: "汉阳区某城市运行管理部门",
    district: "汉阳区",
    scenarioNeed:
      "区内正推进城市全域数字化转型，已建设城管、交通、水务、应急等数十个业务系统，但各系统数据标准不一、更新频率不同，城市运行态势难以实时掌握，跨部门事件仍依靠电话和会议协调，问题发现滞后、处置闭环率不高。\n\n需求方希望汇聚各部门业务数据、物联感知数据和网格事件数据，构建城市运行体征指标体系和统一的数据底座，实现城市运行“一屏统览”、风险智能预警和跨部门事件高效协同处置。",
    goals:
      "- 汇聚不少于20个部门的业务数据，接入物联感知设备不少于5万个；\n- 构建不少于200项城市运行体征指标，核心指标更新频率≤5分钟；\n- 城市事件智能分拨准确率≥90%，跨部门事件平均处置时长缩短30%以上；\n- 形成城市运行体征指标体系和数据治理规范各1套。",
    eligibility:
      "具有城市大数据平台、城市运行管理或数字孪生城市项目建设经验的企业；近三年具有不少于2个地市级或区级城市运行管理平台项目业绩；具备数据治理专业团队。",
    indicativeInvestmentYuan: 11000000,
    maxWinners: 1,
    contactName: "梁工",
    contactPhone: "027-84438720",
    indicators: [
      { name: "接入部门数量", target: "不少于20个", measurement: "平台数据核查", weight: 20, veto: false },
      {
        name: "城市运行体征指标数量",
        target: "不少于200项",
        measurement: "现场验收",
        weight: 20,
        veto: false,
      },
      {
        name: "事件智能分拨准确率",
        target: "≥90%",
        measurement: "系统运行日志抽查",
        weight: 30,
        veto: false,
      },
      {
        name: "跨部门事件处置时长缩短率",
        target: "≥30%",
        measurement: "业务数据比对",
        weight: 30,
        veto: false,
      },
    ],
  },
  {
    title: "耕地保护与粮食生产遥感大数据监测应用",
    domain: "big_data",
    demandUnit: "蔡甸区某农业农村管理部门",
    district: "蔡甸区",
    scenarioNeed:
      "区内耕地面积较大，湖泊水网密布，耕地“非农化”“非粮化”问题监管难度大。目前主要依靠基层人员实地巡查和年度变更调查，发现问题周期长、覆盖不全面；粮食作物种植面积和长势主要靠逐级统计上报，数据时效性和准确性不足，难以支撑精准的农业生产指导和防灾减灾。\n\n需求方希望综合利用卫星遥感、无人机航拍和物联网数据，构建耕地保护与粮食生产大数据监测平台，实现耕地变化动态发现、作物种植面积识别和长势评估。",
    goals:
      "- 实现全区耕地每月不少于1次遥感监测全覆盖；\n- 耕地违法占用等变化图斑发现准确率≥90%，发现周期由年度缩短至月度；\n- 水稻等主要粮食作物种植面积识别精度≥95%，长势分级评估精度≥85%；\n- 平台接入街道、村级用户不少于100个，实现问题图斑派发核查闭环管理。",
    eligibility:
      "具有遥感数据处理、农业大数据平台研发能力的企业或科研院所；具备遥感影像解译和AI识别算法能力；近三年具有农业或自然资源领域遥感监测项目案例。",
    indicativeInvestmentYuan: 2100000,
    maxWinners: 1,
    contactName: "彭工",
    contactPhone: "027-84970385",
    indicators: [
      { name: "变化图斑发现准确率", target: "≥90%", measurement: "实地抽样核查", weight: 30, veto: false },
      { name: "作物种植面积识别精度", target: "≥95%", measurement: "实地抽样核查", weight: 30, veto: false },
      {
        name: "遥感监测频次",
        target: "每月不少于1次",
        measurement: "系统运行日志抽查",
        weight: 20,
        veto: false,
      },
      {
        name: "接入基层用户数量",
        target: "不少于100个",
        measurement: "平台数据核查",
        weight: 20,
        veto: false,
      },
    ],
  },
  {
    title: "多元异构算力统一调度与算力服务平台",
    domain: "cloud_computing",
    demandUnit: "东西湖区某智算中心运营企业",
    district: "东西湖区",
    scenarioNeed:
      "区域内已建成多个通用数据中心和智算中心，GPU、国产AI芯片等异构算力资源分属不同主体，资源利用率不均衡，部分智算集群平均利用率不足40%；与此同时，中小企业和高校科研团队又面临“找算力难、用算力贵”的问题。\n\n需求方希望建设多元异构算力统一调度平台，实现跨中心、跨架构算力资源的统一纳管、智能调度和计量计费，提供模型训练、推理等标准化算力服务，并探索与省内外算力网络互联互通。",
    goals:
      "- 纳管算力资源总规模不少于2000PFLOPS（FP16），接入数据中心不少于5个；\n- 支持不少于3种国产AI芯片架构的统一调度；\n- 智算资源平均利用率提升至65%以上，任务调度响应时间≤1分钟；\n- 服务企业和科研机构用户不少于200家，用户算力使用成本降低20%以上。",
    eligibility:
      "具有云计算平台、算力调度或智算中心运营经验的企业；拥有算力调度相关自主知识产权；具有多云或异构算力管理项目案例；鼓励算力运营方与软件企业组成联合体。",
    indicativeInvestmentYuan: 16000000,
    maxWinners: 1,
    contactName: "曾工",
    contactPhone: "027-83087614",
    indicators: [
      {
        name: "纳管算力规模",
        target: "不少于2000PFLOPS",
        measurement: "平台数据核查",
        weight: 25,
        veto: false,
      },
      {
        name: "智算资源平均利用率",
        target: "≥65%",
        measurement: "系统运行日志抽查",
        weight: 30,
        veto: false,
      },
      { name: "任务调度响应时间", target: "≤1分钟", measurement: "现场测试", weight: 20, veto: false },
      { name: "服务用户数量", target: "不少于200家", measurement: "平台数据核查", weight: 25, veto: false },
    ],
  },
  {
    title: "智算中心液冷改造与能效智能优化管理",
    domain: "cloud_computing",
    demandUnit: "江夏区某数据中心运营企业",
    district: "江夏区",
    scenarioNeed:
      "企业运营的数据中心正逐步向智算中心升级，新部署的AI服务器单机柜功率密度由6千瓦提升至30千瓦以上，传统风冷系统难以满足散热需求，局部热点频发；全年平均电能利用效率（PUE）约1.5，高于国家对新建大型数据中心的要求，用电成本压力大。\n\n企业希望对部分机房实施冷板式或浸没式液冷改造，并运用AI算法对制冷、配电系统进行联动优化，在保障算力设备稳定运行的前提下大幅降低能耗。",
    goals:
      "- 完成不少于200个高功率机柜的液冷改造，单机柜散热能力≥40千瓦；\n- 改造区域PUE降至1.2以下，数据中心整体PUE降至1.3以下；\n- 基于AI的制冷系统能效优化实现全天候闭环控制；\n- 改造期间业务不中断，改造后设备故障率不高于改造前水平。",
    eligibility:
      "具有数据中心液冷系统研发、集成或节能改造经验的企业；具有已投运的液冷数据中心项目案例；具备机电工程相关资质，可与设备厂商组成联合体。",
    indicativeInvestmentYuan: 14500000,
    maxWinners: 1,
    contactName: "邓工",
    contactPhone: "027-81652938",
    indicators: [
      { name: "改造区域PUE", target: "≤1.2", measurement: "第三方能效测评报告", weight: 35, veto: false },
      { name: "单机柜散热能力", target: "≥40千瓦", measurement: "现场测试", weight: 25, veto: false },
      { name: "液冷改造机柜数量", target: "不少于200个", measurement: "现场验收", weight: 20, veto: false },
      { name: "改造期间业务中断时长", target: "0分钟", measurement: "运维记录核查", weight: 20, veto: false },
    ],
  },
  {
    title: "政务云信创适配与云原生架构升级改造",
    domain: "cloud_computing",
    demandUnit: "洪山区某政务信息化管理部门",
    district: "洪山区",
    scenarioNeed:
      "区级政务云承载各类业务系统120余个，部分系统建设年代较早，采用单体架构，扩展性差，资源按系统独立分配，整体利用率不足30%。同时，根据信息技术应用创新相关要求，需逐步完成基础软硬件的国产化替代，但业务系统数量多、技术栈复杂，迁移风险大。\n\n需求方希望开展政务云信创适配和云原生改造，建立统一的容器平台、微服务治理和DevOps体系，分批完成业务系统平滑迁移，提升政务云资源利用率和系统稳定性。",
    goals:
      "- 完成不少于60个业务系统的信创适配迁移，迁移后系统功能和性能不低于原系统；\n- 建成统一容器云平台，政务云资源平均利用率提升至60%以上；\n- 核心业务系统可用性≥99.95%，故障恢复时间≤30分钟；\n- 形成政务系统信创迁移实施指南，迁移过程中单次业务中断时间≤2小时。",
    eligibility:
      "具有政务云建设运维或信创适配迁移项目经验的企业；具备云原生平台自主研发或集成能力；近三年具有不少于2个政务云信创项目业绩；具有信息安全服务相关资质。",
    indicativeInvestmentYuan: 8000000,
    maxWinners: 1,
    contactName: "韩工",
    contactPhone: "027-87390251",
    indicators: [
      {
        name: "信创适配迁移系统数量",
        target: "不少于60个",
        measurement: "现场验收",
        weight: 25,
        veto: false,
      },
      {
        name: "政务云资源平均利用率",
        target: "≥60%",
        measurement: "云平台监控数据核查",
        weight: 25,
        veto: false,
      },
      {
        name: "核心业务系统可用性",
        target: "≥99.95%",
        measurement: "系统运行日志抽查",
        weight: 30,
        veto: false,
      },
      { name: "故障恢复时间", target: "≤30分钟", measurement: "应急演练测试", weight: 20, veto: false },
      { name: "数据安全事件", target: "零发生", measurement: "网络安全监测记录核查", weight: 0, veto: true },
    ],
  },
  {
    title: "汽车研发仿真云平台建设与高性能计算服务",
    domain: "cloud_computing",
    demandUnit: "武汉经济技术开发区某汽车研发服务企业",
    district: "武汉经济技术开发区",
    scenarioNeed:
      "区内整车和零部件企业在碰撞安全、流体力学、电池热管理等方面的研发仿真需求快速增长，单次整车碰撞仿真需要数百核时算力。中小零部件企业自建高性能计算集群投入大、利用率低，仿真软件授权费用高，研发周期常因排队等待算力而延长。\n\n需求方希望建设面向汽车产业的研发仿真云平台，整合高性能计算资源和仿真软件，提供按需使用的云端仿真服务，并支持国产工业仿真软件的适配和推广应用。",
    goals:
      "- 建成研发仿真云平台，可调度计算核数不少于2万核；\n- 适配不少于5款主流仿真软件，其中国产工业仿真软件不少于2款；\n- 整车碰撞仿真计算时间较企业本地环境缩短50%以上；\n- 服务汽车产业链企业不少于50家，平台年使用量不少于1000万核时。",
    eligibility:
      "具有高性能计算、工业云平台建设或运营经验的企业；熟悉汽车研发仿真业务流程；具有工业软件云化或仿真服务项目案例；可与仿真软件厂商组成联合体。",
    indicativeInvestmentYuan: 9800000,
    maxWinners: 1,
    contactName: "叶工",
    contactPhone: "027-84287506",
    indicators: [
      { name: "可调度计算核数", target: "不少于2万核", measurement: "平台数据核查", weight: 20, veto: false },
      { name: "适配仿真软件数量", target: "不少于5款", measurement: "现场测试", weight: 20, veto: false },
      { name: "整车碰撞仿真时间缩短率", target: "≥50%", measurement: "现场测试", weight: 30, veto: false },
      { name: "服务企业数量", target: "不少于50家", measurement: "平台数据核查", weight: 30, veto: false },
    ],
  },
  {
    title: "低空经济无人机城乡即时配送网络建设",
    domain: "other",
    demandUnit: "黄陂区某物流企业",
    district: "黄陂区",
    scenarioNeed:
      "区域面积大，北部山区村落分散、道路条件较差，快递包裹、药品和生鲜农产品的城乡配送“最后一公里”成本高、时效慢，部分偏远村庄的快递需到乡镇自取；山区特色农产品上行也受限于物流时效，损耗率较高。\n\n需求方希望构建无人机城乡即时配送网络，建设起降场和配送航线，实现乡镇与行政村之间的常态化无人机配送，并探索医疗急救物资、农产品上行等应用，形成低空物流可持续商业运营模式。",
    goals:
      "- 建设无人机起降场或起降点不少于30个，开通常态化航线不少于20条；\n- 覆盖行政村不少于50个，单程10公里配送时间≤20分钟；\n- 累计安全飞行不少于1万架次，配送成功率≥99%；\n- 单票配送成本较传统车辆配送降低20%以上。",
    eligibility:
      "具有民用无人机运营合格证及物流配送运营经验的企业；所用无人机取得相关适航或产品认证；具有无人机物流常态化运营案例；具备飞行安全管理体系。",
    indicativeInvestmentYuan: 7500000,
    maxWinners: 2,
    contactName: "龚工",
    contactPhone: "027-85963047",
    indicators: [
      { name: "常态化航线数量", target: "不少于20条", measurement: "现场验收", weight: 20, veto: false },
      { name: "10公里配送时间", target: "≤20分钟", measurement: "现场测试", weight: 25, veto: false },
      { name: "配送成功率", target: "≥99%", measurement: "飞行运营日志抽查", weight: 30, veto: false },
      {
        name: "单票配送成本降低率",
        target: "≥20%",
        measurement: "运营成本数据核验",
        weight: 25,
        veto: false,
      },
      { name: "飞行安全事故", target: "零发生", measurement: "飞行安全记录核查", weight: 0, veto: true },
    ],
  },
  {
    title: "无人机+无人船湖泊水环境智能巡检",
    domain: "other",
    demandUnit: "东湖生态旅游风景区某水环境管理机构",
    district: "东湖生态旅游风景区",
    scenarioNeed:
      "景区水域面积超过30平方公里，湖岸线长、港汊众多，水环境保护、水华防控和岸线管理任务繁重。目前主要依靠人工驾船和徒步巡查，单次全面巡查需要数天，对排污口异常排放、蓝藻水华早期征兆、违规垂钓和游泳等问题发现不及时。\n\n需求方希望构建“空—水”协同的智能巡检体系，通过无人机机场自动巡飞和无人船水质走航监测，结合AI图像识别和水质数据分析，实现水环境问题早发现、早预警、早处置。",
    goals:
      "- 部署无人机自动机场不少于6个、水质监测无人船不少于4艘，实现主要水域巡检全覆盖；\n- 全水域例行巡检周期由5天缩短至1天；\n- 排污口异常、水华、漂浮物等问题AI识别准确率≥90%；\n- 无人船走航水质监测数据与实验室检测结果偏差≤10%。",
    eligibility:
      "具有无人机或无人船智能巡检系统研发和运营经验的企业；具备AI图像识别和水质监测技术能力；具有水利、环保或河湖管理领域项目案例。",
    indicativeInvestmentYuan: 4800000,
    maxWinners: 1,
    contactName: "许工",
    contactPhone: "027-87648315",
    indicators: [
      { name: "全水域巡检周期", target: "≤1天", measurement: "系统运行日志抽查", weight: 25, veto: false },
      { name: "问题AI识别准确率", target: "≥90%", measurement: "现场测试", weight: 35, veto: false },
      { name: "水质监测数据偏差", target: "≤10%", measurement: "实验室比对检测", weight: 25, veto: false },
      { name: "无人机机场部署数量", target: "不少于6个", measurement: "现场验收", weight: 15, veto: false },
    ],
  },
  {
    title: "老旧小区电动自行车智能充电与消防安全管控",
    domain: "other",
    demandUnit: "硚口区某街道办事处",
    district: "硚口区",
    scenarioNeed:
      "辖区老旧小区占比较高，居民电动自行车保有量大，但集中充电设施不足，“飞线充电”、电动自行车进楼入户充电等现象屡禁不止，电池过充和电气线路老化引发的火灾隐患突出，基层人员难以做到全天候巡查。\n\n需求方希望在老旧小区建设智能充电设施，并结合视频AI识别、电梯阻车、电池状态监测等技术手段，实现电动自行车进楼入户自动识别预警、充电过程异常实时监测和故障自动断电，构建“人防+技防”的消防安全管控体系。",
    goals:
      "- 在不少于30个老旧小区建设智能充电端口不少于3000个；\n- 电动自行车进电梯识别准确率≥98%，识别后阻车响应时间≤3秒；\n- 充电异常监测覆盖率100%，异常发生后自动断电时间≤1秒；\n- 试点小区“飞线充电”和入户充电现象减少90%以上，电动自行车火灾事故零发生。",
    eligibility:
      "具有智能充电设施、电气火灾监控或视频AI识别产品研发和建设运营经验的企业；充电设备须通过国家强制性产品认证；具有社区电动自行车安全管理项目案例。",
    indicativeInvestmentYuan: 2400000,
    maxWinners: 3,
    contactName: "蔡主任",
    contactPhone: "027-83541296",
    indicators: [
      { name: "进电梯识别准确率", target: "≥98%", measurement: "现场测试", weight: 30, veto: false },
      { name: "阻车响应时间", target: "≤3秒", measurement: "现场测试", weight: 20, veto: false },
      { name: "异常自动断电时间", target: "≤1秒", measurement: "第三方检测报告", weight: 25, veto: false },
      {
        name: "入户充电现象减少比例",
        target: "≥90%",
        measurement: "社区巡查记录比对",
        weight: 25,
        veto: false,
      },
      { name: "数据真实性", target: "不得弄虚作假", measurement: "材料核查", weight: 0, veto: true },
    ],
  },
  {
    title: "城镇燃气管网城市生命线安全监测预警应用",
    domain: "other",
    demandUnit: "新洲区某燃气运营企业",
    district: "新洲区",
    scenarioNeed:
      "企业运营的城镇燃气管网总长超过1500公里，其中运行超过20年的老旧管网约占15%，部分管线与供水、排水、电力管线交叉并行，第三方施工破坏、腐蚀泄漏等风险长期存在。现有监测以人工巡线和定期检测为主，相邻地下空间燃气积聚等隐患难以及时发现。\n\n需求方希望按照城市生命线安全工程建设思路，在燃气管网及相邻地下空间布设可燃气体、压力、流量等智能感知设备，构建监测预警平台，实现泄漏早发现、风险早研判、处置快响应。",
    goals:
      "- 布设各类智能感知设备不少于3000套，覆盖高风险管段不少于200公里；\n- 燃气泄漏报警准确率≥95%，误报率≤5%；\n- 从报警到推送处置单位的时间≤5分钟，形成监测、预警、处置闭环；\n- 第三方施工破坏事件发生率降低50%以上，形成老旧管网风险评估模型。",
    eligibility:
      "具有城市生命线监测、燃气安全监测或管网物联网项目建设经验的企业；感知设备须具备防爆认证；近三年具有燃气或地下管网安全监测项目案例。",
    indicativeInvestmentYuan: 13000000,
    maxWinners: 1,
    contactName: "潘工",
    contactPhone: "027-89156483",
    indicators: [
      {
        name: "高风险管段覆盖长度",
        target: "不少于200公里",
        measurement: "现场验收",
        weight: 20,
        veto: false,
      },
      { name: "泄漏报警准确率", target: "≥95%", measurement: "现场测试", weight: 30, veto: false },
      { name: "报警推送时间", target: "≤5分钟", measurement: "系统运行日志抽查", weight: 20, veto: false },
      { name: "误报率", target: "≤5%", measurement: "系统运行日志抽查", weight: 30, veto: false },
    ],
  },
];
