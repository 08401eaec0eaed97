import type { SeedTask } from "./types";

// 演示数据：虚构内容，并非真实榜单。Fictitious demo data, not from a real call.
export const TASKS_2023: SeedTask[] = [
  {
    title: "基于人工智能的肺结节CT影像辅助诊断系统",
    domain: "ai",
    demandUnit: "江汉区某三甲医院",
    district: "江汉区",
    scenarioNeed:
      "随着低剂量螺旋CT在体检和早筛中的普及，医院影像科每日CT阅片量已超过1500例，其中胸部CT占比近四成。放射科医师长期高负荷工作，微小结节、磨玻璃结节等早期病灶存在漏诊风险，报告出具时间普遍在24小时以上，难以满足门诊和体检中心的时效要求。\n\n现需引入人工智能影像辅助诊断系统，与医院现有PACS、RIS系统无缝对接，实现胸部CT影像的自动接收、结节检出、良恶性风险分级与结构化报告预生成，减轻医师重复性劳动，提升早期肺癌筛查的准确率和效率。",
    goals:
      "- 建成覆盖胸部CT阅片全流程的AI辅助诊断系统，完成与PACS、RIS系统的接口对接；\n- 对直径≥4毫米结节的检出敏感度不低于95%，平均每例假阳性不超过1个；\n- 单例影像分析时间不超过30秒，结构化报告预生成率达到90%以上；\n- 系统在院内连续稳定运行6个月，累计辅助阅片不少于10万例。",
    eligibility:
      "揭榜单位须为在中国境内注册的独立法人，具备医疗器械生产或经营资质；拟部署产品应已取得第二类或第三类医疗器械注册证，且具有三级医院落地应用案例。",
    indicativeInvestmentYuan: 3800000,
    maxWinners: 1,
    contactName: "陈老师",
    contactPhone: "027-85612304",
    indicators: [
      { name: "结节检出敏感度", target: "≥95%", measurement: "第三方检测报告", weight: 35, veto: false },
      { name: "单例影像分析时间", target: "≤30秒", measurement: "现场测试", weight: 25, veto: false },
      {
        name: "结构化报告预生成率",
        target: "≥90%",
        measurement: "系统运行日志抽查",
        weight: 20,
        veto: false,
      },
      {
        name: "累计辅助阅片量",
        target: "不少于10万例",
        measurement: "系统运行日志抽查",
        weight: 20,
        veto: false,
      },
    ],
  },
  {
    title: "汽车精密压铸件表面缺陷AI视觉质检",
    domain: "ai",
    demandUnit: "武汉某汽车零部件制造企业",
    district: "武汉经济技术开发区",
    scenarioNeed:
      "企业主要生产发动机缸盖、变速箱壳体等铝合金压铸件，年产量约300万件。目前外观缺陷检测主要依靠人工目检，产线设有质检工位40余个，存在检测标准不统一、漏检率波动大、夜班质量不稳定等问题，气孔、裂纹、磕碰伤等缺陷流出曾多次引发主机厂客诉。\n\n企业希望在两条压铸后处理产线上部署基于深度学习的机器视觉质检系统，实现多角度图像自动采集、缺陷实时识别分类与不良品自动剔除，检测数据回传MES系统，形成可追溯的质量档案，并为后续工艺参数优化提供数据支撑。",
    goals:
      "- 在2条产线完成视觉质检系统部署，覆盖不少于8类典型外观缺陷；\n- 缺陷检出率≥99%，误判率≤1%，单件检测节拍≤3秒，满足产线节拍要求；\n- 质检人员减少50%以上，检测结果与MES系统实时对接；\n- 形成可复制推广的压铸件视觉质检解决方案，并在不少于2家同类企业推广应用。",
    eligibility:
      "揭榜单位须具备机器视觉或工业AI领域自主知识产权，拥有相关发明专利或软件著作权不少于5项，近三年在汽车或装备制造行业有不少于3个视觉质检项目交付案例。",
    indicativeInvestmentYuan: 2600000,
    maxWinners: 2,
    contactName: "李工",
    contactPhone: "027-84237719",
    indicators: [
      { name: "缺陷检出率", target: "≥99%", measurement: "现场测试", weight: 40, veto: false },
      { name: "误判率", target: "≤1%", measurement: "现场测试", weight: 25, veto: false },
      { name: "单件检测节拍", target: "≤3秒", measurement: "现场测试", weight: 20, veto: false },
      { name: "质检人员减少比例", target: "≥50%", measurement: "企业用工数据核查", weight: 15, veto: false },
    ],
  },
  {
    title: "城市管理事件AI视频智能识别与闭环处置",
    domain: "ai",
    demandUnit: "某区城市管理部门",
    district: "武昌区",
    scenarioNeed:
      "辖区老城区街巷密集、商业网点多，占道经营、店外经营、乱堆物料、暴露垃圾、违规撑伞打棚等城市管理问题高发。目前区内已接入公安、城管、街道等各类视频监控点位约6000路，但主要依靠人工轮巡发现问题，巡查覆盖率低、发现滞后，事件处置闭环效率不高。\n\n拟依托现有视频资源，建设城市管理事件AI智能识别平台，实现对常见城市管理事件的自动识别、自动抓拍、自动派单，并与数字城管系统对接，形成“发现—派遣—处置—核查—结案”的全流程闭环。",
    goals:
      "- 接入视频点位不少于3000路，支持识别不少于15类城市管理事件；\n- 主要事件识别准确率≥90%，事件从发现到派单时间≤5分钟；\n- 与区数字城管平台实现工单自动流转，事件按期结案率提升至95%以上；\n- 平台支持算法在线更新，新增事件类型训练上线周期不超过2周。",
    eligibility:
      "揭榜单位应具有计算机视觉算法研发能力和智慧城市项目实施经验，具备信息系统集成相关资质，近三年承担过不少于2个地市级城市管理或社会治理类AI项目。",
    indicativeInvestmentYuan: 4500000,
    maxWinners: 1,
    contactName: "张工",
    contactPhone: "027-88071563",
    indicators: [
      { name: "可识别事件类型", target: "不少于15类", measurement: "现场测试", weight: 20, veto: false },
      { name: "事件识别准确率", target: "≥90%", measurement: "第三方检测报告", weight: 35, veto: false },
      { name: "发现到派单时间", target: "≤5分钟", measurement: "系统运行日志抽查", weight: 25, veto: false },
      {
        name: "事件按期结案率",
        target: "≥95%",
        measurement: "数字城管平台数据核查",
        weight: 20,
        veto: false,
      },
    ],
  },
  {
    title: "居家养老AI安全监护与跌倒预警服务",
    domain: "ai",
    demandUnit: "硚口区某街道社区养老服务中心",
    district: "硚口区",
    scenarioNeed:
      "辖区60岁以上户籍老年人口占比超过25%，其中独居、空巢及失能半失能老人约1.2万人。传统的电话回访、上门巡访方式覆盖面有限，老人在家中发生跌倒、突发疾病等意外时难以及时发现，近年来已发生多起独居老人意外未被及时救助的情况。\n\n需求方希望在不侵犯老人隐私的前提下，采用毫米波雷达、智能传感等非接触式技术，结合AI行为识别算法，实现对居家老人跌倒、长时间静止、夜间离床未归等异常情况的自动识别与预警，并与社区养老服务平台和家属手机端联动，形成快速响应机制。",
    goals:
      "- 在辖区内完成不少于1000户独居老人家庭的设备部署与平台接入；\n- 跌倒识别准确率≥95%，误报率≤5%，预警信息推送时延≤30秒；\n- 建立“设备预警—平台核实—社区响应”机制，紧急事件15分钟内到达现场；\n- 设备不采集图像与声音，符合个人信息保护相关要求。",
    eligibility:
      "揭榜单位应具备智能养老或健康监测类产品研发能力，产品已通过相关电气安全检测及无线电型号核准，具备一定规模的社区或机构养老落地案例，可提供不少于3年的运维服务。",
    indicativeInvestmentYuan: 1800000,
    maxWinners: 3,
    contactName: "刘老师",
    contactPhone: "027-83546820",
    indicators: [
      { name: "部署家庭数量", target: "不少于1000户", measurement: "现场核查", weight: 25, veto: false },
      { name: "跌倒识别准确率", target: "≥95%", measurement: "第三方检测报告", weight: 35, veto: false },
      { name: "误报率", target: "≤5%", measurement: "系统运行日志抽查", weight: 20, veto: false },
      { name: "预警推送时延", target: "≤30秒", measurement: "现场测试", weight: 20, veto: false },
    ],
  },
  {
    title: "5G+智慧港口集装箱码头场桥远程控制",
    domain: "5g",
    demandUnit: "武汉某集装箱港口运营企业",
    district: "新洲区",
    scenarioNeed:
      "港区现有岸桥8台、场桥30余台，年集装箱吞吐量约200万标箱。传统场桥司机需在30米高空驾驶室内长时间作业，劳动强度大、招工难，且港区光纤改造施工难度大、成本高，场桥频繁转场也难以采用有线通信。\n\n为推进港口作业自动化和绿色化，需建设覆盖堆场作业区的5G专网，实现场桥、岸桥的远程操控和多路高清视频实时回传，同时支撑集卡无人驾驶试点、智能理货和港区安防等业务，打造内河港口5G+智慧港口示范场景，为长江中游航运中心建设提供可复制经验。",
    goals:
      "- 建成覆盖堆场及码头前沿的5G专网，上行速率≥200Mbps，端到端时延≤20毫秒；\n- 完成不少于10台场桥的5G远程控制改造，一名远控人员可同时操作3台场桥；\n- 单机作业效率较人工现场操作提升10%以上；\n- 支撑智能理货、无人集卡等不少于3类5G应用。",
    eligibility:
      "揭榜单位应为基础电信运营商或由其参与的联合体，联合体牵头单位须具备港口自动化或起重机远程控制项目实施经验，具有5G行业专网建设案例，建立了完善的安全生产管理体系。",
    indicativeInvestmentYuan: 12000000,
    maxWinners: 1,
    contactName: "周工",
    contactPhone: "027-86905148",
    indicators: [
      { name: "端到端时延", target: "≤20毫秒", measurement: "第三方检测报告", weight: 30, veto: false },
      { name: "远控场桥数量", target: "不少于10台", measurement: "现场核查", weight: 25, veto: false },
      { name: "单机作业效率提升", target: "≥10%", measurement: "生产作业数据对比", weight: 25, veto: false },
      { name: "5G应用场景数量", target: "不少于3类", measurement: "现场测试", weight: 20, veto: false },
      {
        name: "安全生产事故",
        target: "项目实施期间不发生安全生产责任事故",
        measurement: "安全生产记录核查",
        weight: 0,
        veto: true,
      },
    ],
  },
  {
    title: "5G全连接工厂光器件柔性制造示范",
    domain: "5g",
    demandUnit: "光谷某光通信器件制造企业",
    district: "东湖新技术开发区",
    scenarioNeed:
      "企业主要生产光模块、光芯片等光通信器件，生产工序多达百余道，产线设备品牌杂、协议多，现有Wi-Fi和有线网络在产线调整时需重新布线，难以满足多品种小批量柔性生产的需求。同时，贴片、耦合、测试等关键工序对设备数据实时采集与工艺参数协同控制提出了较高要求。\n\n企业计划建设5G全连接工厂，利用5G专网结合边缘计算，实现生产设备泛在互联、AGV物流调度、AR远程运维及机器视觉检测等应用，提升产线柔性化水平和综合生产效率。",
    goals:
      "- 建成覆盖主要生产车间的5G专网及边缘计算平台，连接生产设备不少于500台；\n- 部署不少于5个5G典型应用场景，设备数据采集率≥95%；\n- 产线换型时间缩短30%以上，整体生产效率提升15%以上；\n- 达到国家5G全连接工厂建设指南相关要求。",
    eligibility:
      "揭榜单位应具备5G行业专网规划、建设与运维能力，或为具备工业自动化集成能力的联合体，近三年在电子信息制造领域有不少于2个5G工厂建设案例。",
    indicativeInvestmentYuan: 8500000,
    maxWinners: 2,
    contactName: "吴工",
    contactPhone: "027-87739025",
    indicators: [
      { name: "5G连接设备数量", target: "不少于500台", measurement: "现场核查", weight: 20, veto: false },
      { name: "5G应用场景数量", target: "不少于5个", measurement: "现场测试", weight: 20, veto: false },
      { name: "设备数据采集率", target: "≥95%", measurement: "系统运行日志抽查", weight: 20, veto: false },
      { name: "产线换型时间缩短", target: "≥30%", measurement: "生产数据对比", weight: 20, veto: false },
      { name: "生产效率提升", target: "≥15%", measurement: "第三方评估报告", weight: 20, veto: false },
    ],
  },
  {
    title: "5G+钢铁厂房天车远程操控与智能调度",
    domain: "5g",
    demandUnit: "青山区某大型钢铁企业",
    district: "青山区",
    scenarioNeed:
      "企业炼钢、热轧等主要厂房内运行各类桥式起重机（天车）100余台，天车司机需在高温、粉尘、噪声环境下长时间高空作业，存在较大职业健康风险。天车运行轨迹长、移动频繁，采用漏波电缆或Wi-Fi通信存在时延抖动大、切换易中断等问题。\n\n企业希望利用5G网络大带宽、低时延特性，实现天车运行状态和多路视频的实时回传，在集控中心对天车进行远程操控，并结合生产计划实现天车智能调度与防碰撞，改善作业环境、提升作业安全和效率。",
    goals:
      "- 完成不少于12台天车的5G远程操控改造，控制指令端到端时延≤20毫秒；\n- 单台天车不少于6路高清视频回传，视频时延≤100毫秒；\n- 实现天车防碰撞预警和智能调度，远控作业效率达到现场操作的95%以上；\n- 远控改造区域高空作业人员减少60%以上。",
    eligibility:
      "揭榜单位须具备5G网络建设能力及起重设备电气自动化改造经验，可采用联合体形式；须持有相应的安全生产资质，近三年未发生重大安全生产事故。",
    indicativeInvestmentYuan: 9600000,
    maxWinners: 1,
    contactName: "彭工",
    contactPhone: "027-86481370",
    indicators: [
      { name: "远控改造天车数量", target: "不少于12台", measurement: "现场核查", weight: 25, veto: false },
      { name: "控制指令时延", target: "≤20毫秒", measurement: "第三方检测报告", weight: 30, veto: false },
      { name: "视频回传时延", target: "≤100毫秒", measurement: "现场测试", weight: 20, veto: false },
      {
        name: "高空作业人员减少比例",
        target: "≥60%",
        measurement: "企业用工数据核查",
        weight: 25,
        veto: false,
      },
      {
        name: "安全生产事故",
        target: "改造及试运行期间不发生安全生产责任事故",
        measurement: "安全生产记录核查",
        weight: 0,
        veto: true,
      },
    ],
  },
  {
    title: "5G+院前急救与院内协同救治平台",
    domain: "5g",
    demandUnit: "江岸区某三甲医院急诊中心",
    district: "江岸区",
    scenarioNeed:
      "医院急诊中心年接诊量超过15万人次，承担区域胸痛、卒中、创伤等急危重症救治任务。目前救护车转运途中患者生命体征、心电图等信息主要依靠电话口头沟通，院内专家无法实时掌握病情，患者到院后仍需重复检查，延误了最佳救治时间。\n\n拟建设5G+院前急救协同平台，对救护车进行5G化改造，实现车载监护仪、心电图机、超声等设备数据和车内高清视频的实时回传，院内专家可远程指导车上急救，提前启动导管室、CT室等资源，实现“上车即入院”。",
    goals:
      "- 完成不少于10辆救护车的5G车载系统改造，数据与视频回传成功率≥99%；\n- 实现与院内急诊、胸痛中心、卒中中心信息系统对接；\n- 急性心梗患者进门至球囊扩张时间（D2B）缩短至60分钟以内；\n- 平台可扩展接入区域内其他医疗机构的急救车辆。",
    eligibility:
      "揭榜单位应具备5G医疗应用研发与集成能力，车载设备取得必要的医疗器械或通信设备资质，有急救或远程医疗领域项目案例，并能提供7×24小时运维保障。",
    indicativeInvestmentYuan: 3200000,
    maxWinners: 1,
    contactName: "黄老师",
    contactPhone: "027-82659431",
    indicators: [
      { name: "5G改造救护车数量", target: "不少于10辆", measurement: "现场核查", weight: 25, veto: false },
      { name: "数据回传成功率", target: "≥99%", measurement: "系统运行日志抽查", weight: 30, veto: false },
      { name: "D2B时间", target: "≤60分钟", measurement: "医院质控数据核查", weight: 30, veto: false },
      { name: "对接院内信息系统数量", target: "不少于3个", measurement: "现场测试", weight: 15, veto: false },
    ],
  },
  {
    title: "食品行业工业互联网标识解析二级节点建设",
    domain: "industrial_internet",
    demandUnit: "东西湖区某食品产业园区运营单位",
    district: "东西湖区",
    scenarioNeed:
      "园区聚集休闲食品、冷冻食品、调味品等食品加工企业200余家，产品销往全国。企业普遍存在生产、仓储、物流信息分散，原料来源与成品流向难以追溯，发生质量问题时召回范围难以精准界定等问题，中小企业信息化基础薄弱。\n\n拟建设面向食品行业的工业互联网标识解析二级节点，接入国家顶级节点，为园区及周边食品企业提供标识注册、解析和数据管理服务，围绕原料溯源、生产过程追溯、冷链物流监管和产品防伪等场景开展标识应用，推动行业数据互联互通。",
    goals:
      "- 建成食品行业标识解析二级节点并完成与国家顶级节点对接；\n- 接入企业不少于100家，标识注册量不少于5000万个，累计解析量不少于1亿次；\n- 形成不少于3个行业标识应用解决方案；\n- 节点系统可用性≥99.9%，平均解析时延≤50毫秒。",
    eligibility:
      "揭榜单位应具备工业互联网平台或标识解析系统建设运营能力，熟悉食品行业业务，具备可持续运营的商业模式，承诺节点建成后持续运营不少于5年。",
    indicativeInvestmentYuan: 6000000,
    maxWinners: 1,
    contactName: "胡工",
    contactPhone: "027-83390672",
    indicators: [
      { name: "接入企业数量", target: "不少于100家", measurement: "平台数据核查", weight: 25, veto: false },
      {
        name: "标识注册量",
        target: "不少于5000万个",
        measurement: "系统运行日志抽查",
        weight: 25,
        veto: false,
      },
      { name: "累计解析量", target: "不少于1亿次", measurement: "顶级节点数据核查", weight: 25, veto: false },
      { name: "节点系统可用性", target: "≥99.9%", measurement: "第三方检测报告", weight: 15, veto: false },
      { name: "平均解析时延", target: "≤50毫秒", measurement: "现场测试", weight: 10, veto: false },
    ],
  },
  {
    title: "石化装置关键机组预测性维护工业互联网平台",
    domain: "industrial_internet",
    demandUnit: "武汉某石油化工生产企业",
    district: "青山区",
    scenarioNeed:
      "企业拥有常减压、催化裂化、乙烯裂解等多套生产装置，压缩机、泵、风机等关键转动设备2000余台。目前设备维护以定期检修和事后维修为主，部分机组突发故障导致非计划停车，单次停车直接经济损失可达数百万元，同时存在过度维修、备件库存积压等问题。\n\n企业希望建设面向关键机组的预测性维护平台，通过振动、温度、压力等多源传感数据的实时采集，结合设备机理模型与机器学习算法，实现设备健康状态评估、故障早期预警和剩余寿命预测，推动设备管理由“计划检修”向“预知维修”转变。",
    goals:
      "- 接入关键转动设备不少于300台，在线监测数据采集频率满足故障诊断要求；\n- 典型故障提前预警时间≥72小时，故障诊断准确率≥90%；\n- 关键机组非计划停车次数下降30%以上，设备维修费用降低15%以上；\n- 平台部署满足石化行业防爆及网络安全等级保护三级要求。",
    eligibility:
      "揭榜单位应具备工业设备故障诊断与预测性维护技术积累，拥有自主可控的工业互联网平台，近三年在石化、冶金等流程行业有不少于3个同类项目业绩。",
    indicativeInvestmentYuan: 7200000,
    maxWinners: 1,
    contactName: "邓工",
    contactPhone: "027-86827514",
    indicators: [
      { name: "接入关键设备数量", target: "不少于300台", measurement: "现场核查", weight: 20, veto: false },
      {
        name: "故障提前预警时间",
        target: "≥72小时",
        measurement: "系统运行日志抽查",
        weight: 25,
        veto: false,
      },
      { name: "故障诊断准确率", target: "≥90%", measurement: "第三方检测报告", weight: 30, veto: false },
      {
        name: "非计划停车次数下降",
        target: "≥30%",
        measurement: "企业生产数据对比",
        weight: 25,
        veto: false,
      },
      {
        name: "安全生产事故",
        target: "实施期间不发生安全生产责任事故",
        measurement: "安全生产记录核查",
        weight: 0,
        veto: true,
      },
    ],
  },
  {
    title: "中小装备制造企业数字化转型公共服务平台",
    domain: "industrial_internet",
    demandUnit: "江夏区某装备制造产业园管理机构",
    district: "江夏区",
    scenarioNeed:
      "园区入驻中小型装备制造企业150余家，以机械加工、钣金、焊接等离散制造为主。多数企业仍依靠纸质工单和Excel表格管理生产，设备联网率不足20%，订单交期、设备利用率、质量状况难以及时掌握，自行建设信息化系统投入大、周期长、运维难。\n\n园区希望建设面向中小企业的工业互联网公共服务平台，提供低成本设备联网、轻量化MES、订单协同、产能共享等SaaS化服务，以“小快轻准”的方式帮助企业实现数字化转型，并汇聚园区产业运行数据，支撑园区精细化管理与产业链协同。",
    goals:
      "- 平台提供不少于10个轻量化工业APP，服务园区企业不少于80家；\n- 上平台企业设备联网率提升至60%以上，单家企业年使用成本不超过3万元；\n- 上平台企业平均生产效率提升10%以上，订单准时交付率提升至95%以上；\n- 形成园区产业运行监测看板，支撑园区运行分析。",
    eligibility:
      "揭榜单位应为工业互联网平台服务商，平台入选省级及以上工业互联网平台或数字化转型服务商名录者优先，具有服务不少于50家中小制造企业的案例。",
    indicativeInvestmentYuan: 3500000,
    maxWinners: 2,
    contactName: "徐工",
    contactPhone: "027-81926047",
    indicators: [
      { name: "轻量化工业APP数量", target: "不少于10个", measurement: "现场测试", weight: 20, veto: false },
      { name: "服务企业数量", target: "不少于80家", measurement: "平台数据核查", weight: 30, veto: false },
      { name: "企业设备联网率", target: "≥60%", measurement: "现场抽查", weight: 25, veto: false },
      { name: "订单准时交付率", target: "≥95%", measurement: "企业数据抽查", weight: 25, veto: false },
    ],
  },
  {
    title: "产业园区能耗在线监测与碳排放管理平台",
    domain: "industrial_internet",
    demandUnit: "蔡甸区某新材料产业园管理机构",
    district: "蔡甸区",
    scenarioNeed:
      "园区入驻新材料、汽车零部件、包装印刷等企业60余家，年综合能耗约25万吨标准煤，电、蒸汽、天然气为主要能源。目前企业用能数据多依赖人工抄表，计量点位不全，园区管理机构难以准确掌握重点用能企业能耗和碳排放情况，节能降碳工作缺乏数据支撑。\n\n拟依托工业互联网建设园区能碳管理平台，对重点企业主要用能设备加装智能计量装置，实现水、电、气、热等能源数据的实时采集与统一管理，开展能效对标分析、异常用能预警和碳排放核算，为园区绿色低碳发展和企业节能改造提供决策支持。",
    goals:
      "- 接入重点用能企业不少于40家，新增智能计量点位不少于1500个；\n- 能耗数据自动采集率≥98%，数据上传时间间隔不超过15分钟；\n- 实现企业级碳排放核算与月度报告自动生成；\n- 通过能效诊断与优化，试点企业单位产值能耗下降5%以上。",
    eligibility:
      "揭榜单位应具备能源管理系统或碳管理平台研发能力，熟悉温室气体排放核算相关标准，具有工业园区或重点用能企业能碳管理项目实施经验。",
    indicativeInvestmentYuan: 2800000,
    maxWinners: 1,
    contactName: "杨工",
    contactPhone: "027-84713368",
    indicators: [
      {
        name: "接入重点用能企业",
        target: "不少于40家",
        measurement: "平台数据核查",
        weight: 25,
        veto: false,
      },
      {
        name: "能耗数据自动采集率",
        target: "≥98%",
        measurement: "系统运行日志抽查",
        weight: 30,
        veto: false,
      },
      {
        name: "试点企业单位产值能耗下降",
        target: "≥5%",
        measurement: "第三方评估报告",
        weight: 30,
        veto: false,
      },
      { name: "碳排放报告生成", target: "按月自动生成", measurement: "现场测试", weight: 15, veto: false },
    ],
  },
  {
    title: "基于区块链的电子证照共享与可信核验",
    domain: "blockchain",
    demandUnit: "某区政务服务和大数据管理部门",
    district: "洪山区",
    scenarioNeed:
      "目前区内政务服务事项办理中，营业执照、不动产权证、婚姻登记证、学历证明等证照材料仍需群众和企业反复提交纸质件或复印件，各部门间电子证照标准不一、互认困难，证照真伪核验依赖人工比对，存在“证明多、跑腿多”和材料造假风险。\n\n拟建设基于区块链的电子证照共享服务平台，实现证照签发、用证授权、调用核验全流程上链存证，证照持有人可通过移动端自主授权部门调用，用证过程全程留痕、可追溯，支撑政务服务“免证办”“一网通办”，并逐步向银行、医院等社会化场景延伸。",
    goals:
      "- 上链电子证照类型不少于50类，累计上链证照数据不少于300万条；\n- 支撑不少于200个政务服务事项实现“免提交”办理；\n- 证照核验响应时间≤1秒，平台支持每秒不少于1000笔上链交易；\n- 拓展不少于5个社会化用证场景。",
    eligibility:
      "揭榜单位应具备自主可控的区块链底层平台，已完成境内区块链信息服务备案，具有政务区块链项目建设经验，系统须支持国产密码算法。",
    indicativeInvestmentYuan: 5000000,
    maxWinners: 1,
    contactName: "罗工",
    contactPhone: "027-87265903",
    indicators: [
      { name: "上链证照类型", target: "不少于50类", measurement: "平台数据核查", weight: 25, veto: false },
      {
        name: "免提交办理事项",
        target: "不少于200个",
        measurement: "政务服务系统核查",
        weight: 30,
        veto: false,
      },
      { name: "证照核验响应时间", target: "≤1秒", measurement: "现场测试", weight: 20, veto: false },
      { name: "上链交易性能", target: "≥1000笔/秒", measurement: "第三方检测报告", weight: 25, veto: false },
      { name: "数据真实性", target: "不得弄虚作假", measurement: "材料核查", weight: 0, veto: true },
    ],
  },
  {
    title: "区块链供应链金融服务平台建设",
    domain: "blockchain",
    demandUnit: "武汉某股份制商业银行分行",
    district: "江汉区",
    scenarioNeed:
      "武汉汽车、光电子、生物医药等产业链上下游中小企业众多，普遍存在应收账款账期长、缺乏抵押物、融资难融资贵等问题。核心企业信用难以穿透至二级、三级供应商，金融机构对贸易背景真实性核验成本高，存在重复融资、虚假贸易等风险。\n\n需求方拟联合核心企业建设区块链供应链金融服务平台，将订单、合同、发票、物流、仓单等交易数据上链存证，基于核心企业应收账款签发可拆分、可流转、可融资的数字债权凭证，实现核心企业信用沿供应链多级穿透，为链上中小企业提供便捷、低成本的融资服务。",
    goals:
      "- 接入核心企业不少于10家，服务链上中小企业不少于500家；\n- 平台累计融资规模不少于20亿元，中小企业平均融资成本下降1个百分点以上；\n- 融资申请到放款平均时间≤1个工作日；\n- 实现与发票查验、动产融资登记等外部系统对接。",
    eligibility:
      "揭榜单位应具备区块链与金融科技研发能力，熟悉供应链金融业务与监管要求，已完成区块链信息服务备案，具有与持牌金融机构合作的供应链金融平台落地案例。",
    indicativeInvestmentYuan: 4200000,
    maxWinners: 1,
    contactName: "孙工",
    contactPhone: "027-85038176",
    indicators: [
      {
        name: "接入核心企业数量",
        target: "不少于10家",
        measurement: "平台数据核查",
        weight: 20,
        veto: false,
      },
      {
        name: "服务中小企业数量",
        target: "不少于500家",
        measurement: "平台数据核查",
        weight: 25,
        veto: false,
      },
      {
        name: "累计融资规模",
        target: "≥20亿元",
        measurement: "金融机构放款记录核查",
        weight: 35,
        veto: false,
      },
      {
        name: "融资放款时间",
        target: "≤1个工作日",
        measurement: "系统运行日志抽查",
        weight: 20,
        veto: false,
      },
    ],
  },
  {
    title: "特色农产品区块链质量溯源体系",
    domain: "blockchain",
    demandUnit: "黄陂区某农业产业化龙头企业",
    district: "黄陂区",
    scenarioNeed:
      "区内蔬菜、水果、茶叶等特色农产品品牌逐步打响，但市场上以次充好、冒用产地品牌等现象时有发生，消费者对产品来源和品质信任度不高。现有溯源系统多为企业自建，数据由企业单方录入，可篡改、公信力不足，与市场监管、农业农村等部门数据未能打通。\n\n拟建设区块链农产品质量溯源平台，覆盖种植、施肥用药、采摘、加工、检测、仓储物流、销售等环节，结合物联网设备自动采集田间环境和生产数据上链，实现“一物一码”全程可追溯，助力区域农产品品牌建设。",
    goals:
      "- 接入农业生产经营主体不少于100家，覆盖种植基地面积不少于2万亩；\n- “一物一码”赋码产品不少于500万件，物联网自动采集数据上链占比≥60%；\n- 消费者扫码查询响应时间≤2秒；\n- 与相关监管部门实现检测及执法数据共享。",
    eligibility:
      "揭榜单位应具备区块链和农业物联网技术能力，具有农产品质量追溯项目实施经验，能够提供基地现场技术培训和持续运营服务，服务期不少于3年。",
    indicativeInvestmentYuan: 1500000,
    maxWinners: 1,
    contactName: "熊老师",
    contactPhone: "027-61845207",
    indicators: [
      {
        name: "接入生产经营主体",
        target: "不少于100家",
        measurement: "平台数据核查",
        weight: 25,
        veto: false,
      },
      {
        name: "赋码产品数量",
        target: "不少于500万件",
        measurement: "系统运行日志抽查",
        weight: 30,
        veto: false,
      },
      { name: "物联网自动采集上链占比", target: "≥60%", measurement: "现场抽查", weight: 30, veto: false },
      { name: "扫码查询响应时间", target: "≤2秒", measurement: "现场测试", weight: 15, veto: false },
    ],
  },
  {
    title: "司法区块链电子证据存证与跨链核验",
    domain: "blockchain",
    demandUnit: "汉阳区某基层人民法院",
    district: "汉阳区",
    scenarioNeed:
      "随着网络购物、在线借贷、电子合同等互联网纠纷案件逐年增多，电子数据已成为民商事诉讼的重要证据形式。但电子证据易篡改、易灭失，当事人举证难、法官认证难，鉴定成本高、周期长，影响案件审理效率。同时，法院与公证、仲裁、调解等机构之间的证据流转仍以线下方式为主。\n\n拟建设司法区块链电子证据存证平台，为电子合同签署、网页取证、知识产权登记等场景提供实时存证服务，并与其他司法链、公证链实现跨链核验，推动电子证据“一键验真”，提升审判质效。",
    goals:
      "- 平台接入存证合作机构不少于20家，累计存证数据不少于1000万条；\n- 实现与不少于2条外部司法或公证区块链的跨链互认；\n- 电子证据核验时间≤3秒，核验准确率100%；\n- 涉电子证据案件平均审理周期缩短20%以上。",
    eligibility:
      "揭榜单位应具备自主可控的区块链底层技术和跨链技术，已完成区块链信息服务备案，系统通过网络安全等级保护三级测评，具有司法或公证领域区块链项目经验。",
    indicativeInvestmentYuan: 2200000,
    maxWinners: 1,
    contactName: "谢工",
    contactPhone: "027-84590318",
    indicators: [
      {
        name: "存证合作机构数量",
        target: "不少于20家",
        measurement: "平台数据核查",
        weight: 20,
        veto: false,
      },
      {
        name: "累计存证数据",
        target: "不少于1000万条",
        measurement: "系统运行日志抽查",
        weight: 25,
        veto: false,
      },
      { name: "跨链互认链数", target: "不少于2条", measurement: "现场测试", weight: 20, veto: false },
      { name: "电子证据核验准确率", target: "100%", measurement: "第三方检测报告", weight: 35, veto: false },
      { name: "数据真实性", target: "不得弄虚作假", measurement: "材料核查", weight: 0, veto: true },
    ],
  },
  {
    title: "东湖景区元宇宙沉浸式文旅体验",
    domain: "metaverse",
    demandUnit: "某景区运营管理单位",
    district: "东湖生态旅游风景区",
    scenarioNeed:
      "景区年接待游客超过2000万人次，拥有丰富的自然山水和楚文化资源，但现有游览方式以观光为主，文化内涵展示手段单一，夜间游览产品不足，游客停留时间短、二次消费低。同时，景区部分文化遗存和历史场景已无实物可看，难以直观呈现。\n\n拟建设景区元宇宙文旅体验项目，综合运用三维建模、AR/VR、空间计算和数字人技术，在重点游览区域打造虚实融合的沉浸式游览路线，提供AR导览、历史场景复原、数字文创互动等体验，并建设线上虚拟景区，实现游客“云游东湖”，拓展文旅消费新场景。",
    goals:
      "- 完成景区核心区域不少于5平方公里的高精度三维建模；\n- 打造不少于3条AR沉浸式游览线路，虚实叠加定位精度≤0.5米；\n- 线上虚拟景区支持不少于1万人同时在线；\n- 项目运营首年服务游客不少于50万人次，带动景区二次消费增长10%以上。",
    eligibility:
      "揭榜单位应具备三维建模、AR/VR内容制作及空间计算技术能力，具有文旅元宇宙或数字文旅项目落地案例，能够承担项目建成后的持续内容运营。",
    indicativeInvestmentYuan: 6800000,
    maxWinners: 1,
    contactName: "万老师",
    contactPhone: "027-87813652",
    indicators: [
      { name: "三维建模面积", target: "不少于5平方公里", measurement: "现场核查", weight: 20, veto: false },
      { name: "AR虚实叠加定位精度", target: "≤0.5米", measurement: "现场测试", weight: 30, veto: false },
      {
        name: "线上同时在线人数",
        target: "不少于1万人",
        measurement: "第三方压力测试报告",
        weight: 20,
        veto: false,
      },
      {
        name: "首年服务游客人次",
        target: "不少于50万人次",
        measurement: "运营数据核查",
        weight: 30,
        veto: false,
      },
    ],
  },
  {
    title: "城市数字孪生CIM基础平台及规建管应用",
    domain: "metaverse",
    demandUnit: "长江新区某规划建设管理部门",
    district: "长江新区",
    scenarioNeed:
      "新区正处于大规模开发建设阶段，规划审批、项目建设、市政设施运维等环节涉及部门多、数据量大，二维图纸和分散的业务系统难以直观反映地上地下空间关系，规划方案比选、建设进度监管和基础设施管理效率有待提高。\n\n拟建设城市信息模型（CIM）基础平台，融合倾斜摄影、BIM、地下管线、物联感知等多源数据，构建与实体新区同步生长的数字孪生城市，支撑规划方案三维审查、重点工程建设进度监管、地下管网可视化管理等应用，推动城市规划、建设、管理全生命周期数字化。",
    goals:
      "- 建成覆盖新区起步区不少于50平方公里的CIM基础平台；\n- 汇聚BIM模型不少于200个，城市级海量模型流畅加载，帧率≥30帧/秒；\n- 实现规划方案三维辅助审查，审查时间缩短30%以上；\n- 接入物联感知设备不少于1万个，实现重点区域运行态势实时呈现。",
    eligibility:
      "揭榜单位应具备CIM或数字孪生城市平台自主研发能力，掌握三维GIS与BIM融合关键技术，具有测绘资质，近三年承担过地市级以上CIM平台建设项目。",
    indicativeInvestmentYuan: 18000000,
    maxWinners: 1,
    contactName: "程工",
    contactPhone: "027-89356021",
    indicators: [
      { name: "平台覆盖面积", target: "不少于50平方公里", measurement: "现场核查", weight: 20, veto: false },
      { name: "模型加载帧率", target: "≥30帧/秒", measurement: "第三方检测报告", weight: 25, veto: false },
      {
        name: "汇聚BIM模型数量",
        target: "不少于200个",
        measurement: "平台数据核查",
        weight: 20,
        veto: false,
      },
      { name: "规划审查时间缩短", target: "≥30%", measurement: "业务系统数据对比", weight: 20, veto: false },
      {
        name: "接入感知设备数量",
        target: "不少于1万个",
        measurement: "平台数据核查",
        weight: 15,
        veto: false,
      },
    ],
  },
  {
    title: "职业教育虚拟仿真实训基地建设",
    domain: "metaverse",
    demandUnit: "江夏区某高等职业院校",
    district: "江夏区",
    scenarioNeed:
      "学校开设智能制造、新能源汽车、轨道交通等专业，年培养技术技能人才约5000人。部分实训项目存在设备昂贵、耗材成本高、危险性大、难观察、难再现等问题，如高压电气操作、动力电池拆解、轨道车辆故障处置等，学生实操机会有限，实训效果难以保证。\n\n学校拟建设虚拟仿真实训基地，利用VR/AR、数字孪生和多人协同交互技术，开发覆盖重点专业的虚拟仿真实训课程资源，实现“虚实结合、以虚助实”，并面向区域企业职工培训开放共享，提升实训教学质量和社会服务能力。",
    goals:
      "- 开发虚拟仿真实训项目不少于30个，覆盖不少于5个专业；\n- 建设支持不少于60人同时实训的沉浸式实训教室，支持多人协同操作；\n- 学生年实训人时数提升50%以上，实训耗材成本降低30%以上；\n- 每年面向社会开展职业技能培训不少于2000人次。",
    eligibility:
      "揭榜单位应具备虚拟仿真教学资源开发能力和VR/AR软硬件集成能力，具有职业院校或企业培训虚拟仿真项目案例，熟悉相关专业教学标准。",
    indicativeInvestmentYuan: 2400000,
    maxWinners: 2,
    contactName: "刘老师",
    contactPhone: "027-81657493",
    indicators: [
      {
        name: "虚拟仿真实训项目数量",
        target: "不少于30个",
        measurement: "现场核查",
        weight: 30,
        veto: false,
      },
      { name: "同时实训人数", target: "不少于60人", measurement: "现场测试", weight: 20, veto: false },
      { name: "实训耗材成本降低", target: "≥30%", measurement: "财务数据核查", weight: 25, veto: false },
      {
        name: "社会培训人次",
        target: "每年不少于2000人次",
        measurement: "培训记录核查",
        weight: 25,
        veto: false,
      },
    ],
  },
  {
    title: "文博场馆数字孪生与虚拟展陈服务",
    domain: "metaverse",
    demandUnit: "武昌区某文博场馆",
    district: "武昌区",
    scenarioNeed:
      "场馆馆藏文物2万余件，其中珍贵文物约3000件，但受展厅面积和文物保护要求限制，常年展出的文物不足10%，大量文物长期存放于库房。部分文物对温湿度、光照十分敏感，难以长期展出，观众对文物背后历史文化的了解也较为有限。\n\n拟运用高精度三维扫描、数字孪生和XR技术，开展馆藏文物数字化采集，建设与实体展厅一致的线上数字展馆，开发虚拟展陈、文物互动解读和沉浸式剧场等体验内容，同时为文物保护和研究提供高精度数字档案，推动文物资源“活起来”。",
    goals:
      "- 完成不少于500件珍贵文物的高精度三维数字化采集，纹理精度达到0.05毫米；\n- 建成线上数字展馆，支持PC、手机及VR头显多终端访问；\n- 开发沉浸式体验内容不少于5个；\n- 线上展馆年访问量不少于200万人次。",
    eligibility:
      "揭榜单位应具备文物数字化采集及三维重建能力，熟悉文物保护相关规范，具有博物馆数字化或虚拟展陈项目实施案例，采集过程须确保文物安全。",
    indicativeInvestmentYuan: 1600000,
    maxWinners: 1,
    contactName: "蔡老师",
    contactPhone: "027-88827340",
    indicators: [
      { name: "文物数字化数量", target: "不少于500件", measurement: "成果验收核查", weight: 30, veto: false },
      { name: "三维纹理精度", target: "≤0.05毫米", measurement: "第三方检测报告", weight: 25, veto: false },
      { name: "沉浸式体验内容", target: "不少于5个", measurement: "现场核查", weight: 20, veto: false },
      {
        name: "线上展馆年访问量",
        target: "不少于200万人次",
        measurement: "平台运行数据核查",
        weight: 25,
        veto: false,
      },
      {
        name: "文物安全",
        target: "采集过程中不得造成文物损坏",
        measurement: "现场监督及文物状态核查",
        weight: 0,
        veto: true,
      },
    ],
  },
  {
    title: "智慧水务供水管网漏损大数据分析与控制",
    domain: "big_data",
    demandUnit: "硚口区某供水服务单位",
    district: "硚口区",
    scenarioNeed:
      "服务区域供水管网总长约1200公里，其中使用年限超过30年的老旧管网占比约20%，管网漏损率长期在12%左右，高于国家相关标准要求。目前漏损定位主要依靠人工听漏，效率低、覆盖面小，同时营收、管网GIS、SCADA、用户水表等数据分散在不同系统，难以形成有效的分析支撑。\n\n拟建设智慧水务大数据平台，整合管网、水量、水压、营收等多源数据，开展DMA分区计量管理，运用大数据和机器学习方法进行漏损研判、爆管预警和压力优化调度，实现漏损“早发现、快定位、准修复”。",
    goals:
      "- 完成不少于100个DMA分区计量建设，实现分区水量平衡自动分析；\n- 疑似漏损区域定位准确率≥85%，爆管预警提前时间≥30分钟；\n- 项目实施后区域管网漏损率降至9%以下；\n- 实现与现有SCADA、GIS、营收系统的数据融合。",
    eligibility:
      "揭榜单位应具备供水管网漏损控制及水务大数据分析能力，具有城市供水企业智慧水务项目实施经验，并能对漏损控制效果作出书面承诺。",
    indicativeInvestmentYuan: 5500000,
    maxWinners: 1,
    contactName: "鲁工",
    contactPhone: "027-83628915",
    indicators: [
      { name: "DMA分区数量", target: "不少于100个", measurement: "现场核查", weight: 20, veto: false },
      { name: "漏损定位准确率", target: "≥85%", measurement: "现场测试", weight: 30, veto: false },
      { name: "区域管网漏损率", target: "≤9%", measurement: "第三方评估报告", weight: 35, veto: false },
      {
        name: "爆管预警提前时间",
        target: "≥30分钟",
        measurement: "系统运行日志抽查",
        weight: 15,
        veto: false,
      },
      { name: "数据真实性", target: "不得弄虚作假", measurement: "材料核查", weight: 0, veto: true },
    ],
  },
  {
    title: "长江航运船舶动态与港航物流大数据平台",
    domain: "big_data",
    demandUnit: "武汉某长江航运物流企业",
    district: "汉阳区",
    scenarioNeed:
      "长江中游航段船舶流量大，货主、船东、港口、货代之间信息不对称问题突出，船舶空载率较高，货物在港等待时间长，物流全程可视化程度低。船舶AIS轨迹、港口作业、水文气象、航道水位等数据分散在不同主体，尚未形成有效的融合利用，影响航运物流组织效率。\n\n需求方拟建设港航物流大数据平台，汇聚船舶动态、港口作业、航道水文等数据，提供船舶到港时间预测、船货智能匹配、物流全程跟踪和航运运价指数分析等服务，降低船舶空载率，提升长江航运物流效率。",
    goals:
      "- 汇聚长江中游航段船舶动态数据，覆盖船舶不少于2万艘；\n- 船舶预计到港时间预测误差≤2小时，预测准确率≥85%；\n- 平台注册货主和船东用户不少于3000家，船货匹配成交不少于1万单；\n- 试点航线船舶空载率下降10%以上。",
    eligibility:
      "揭榜单位应具备大数据平台建设及交通物流数据分析能力，熟悉内河航运业务，具有航运或物流行业信息化项目经验，依法合规获取和使用相关数据。",
    indicativeInvestmentYuan: 3900000,
    maxWinners: 1,
    contactName: "汪工",
    contactPhone: "027-84476209",
    indicators: [
      { name: "覆盖船舶数量", target: "不少于2万艘", measurement: "平台数据核查", weight: 20, veto: false },
      {
        name: "到港时间预测准确率",
        target: "≥85%",
        measurement: "历史数据回测与现场测试",
        weight: 30,
        veto: false,
      },
      {
        name: "平台注册用户数",
        target: "不少于3000家",
        measurement: "平台数据核查",
        weight: 20,
        veto: false,
      },
      { name: "船舶空载率下降", target: "≥10%", measurement: "第三方评估报告", weight: 30, veto: false },
    ],
  },
  {
    title: "城市主干道交通信号大数据优化控制",
    domain: "big_data",
    demandUnit: "某区交通管理部门",
    district: "江岸区",
    scenarioNeed:
      "辖区内老城区路网密度高、道路狭窄，早晚高峰主干道及沿江通道拥堵严重，部分路口信号配时长期未调整，“绿灯空放、红灯排长队”现象突出。目前区内已有电警卡口、地磁线圈等交通检测设备2000余套，以及互联网导航数据资源，但尚未有效用于信号控制优化。\n\n拟建设交通信号大数据优化控制系统，融合多源交通流数据，对路口和干线进行交通状态精准感知和拥堵成因分析，实现信号配时方案自动生成、干线绿波协调和自适应控制，并对优化效果开展量化评估，提升道路通行效率。",
    goals:
      "- 完成不少于150个信号路口的数据接入和优化控制；\n- 打造不少于10条干线绿波带，绿波带车辆停车次数减少30%以上；\n- 优化区域高峰时段平均行程时间缩短15%以上；\n- 形成路口、干线、区域三级信号优化评价体系。",
    eligibility:
      "揭榜单位应具备交通大数据分析和信号控制优化能力，具有城市交通信号优化或智慧交通管控项目案例，能够兼容辖区现有信号机品牌和通信协议。",
    indicativeInvestmentYuan: 4800000,
    maxWinners: 1,
    contactName: "任工",
    contactPhone: "027-82713584",
    indicators: [
      { name: "优化路口数量", target: "不少于150个", measurement: "现场核查", weight: 20, veto: false },
      { name: "绿波干线数量", target: "不少于10条", measurement: "现场测试", weight: 20, veto: false },
      { name: "绿波带停车次数减少", target: "≥30%", measurement: "第三方评估报告", weight: 30, veto: false },
      {
        name: "高峰平均行程时间缩短",
        target: "≥15%",
        measurement: "第三方评估报告",
        weight: 30,
        veto: false,
      },
    ],
  },
  {
    title: "冷链物流全程温控监测大数据平台",
    domain: "big_data",
    demandUnit: "东西湖区某冷链物流园区运营企业",
    district: "东西湖区",
    scenarioNeed:
      "园区集聚冷链仓储、冷链运输及食品贸易企业100余家，冷库库容约100万吨，承担华中地区大量生鲜农产品和冷冻食品的集散任务。目前冷链运输车辆和冷库温度监测设备品牌多样、数据标准不统一，“断链”现象难以及时发现，监管部门和货主无法掌握货品在途和在库的实时温度状态。\n\n拟建设冷链物流大数据平台，统一接入冷库、冷藏车温湿度及定位数据，实现冷链货品全程温度监控、异常告警与责任追溯，并为园区冷链运力调度、库容共享和食品安全监管提供数据服务。",
    goals:
      "- 接入冷库不少于50座、冷藏车辆不少于1000辆；\n- 温湿度数据采集间隔≤5分钟，数据在线率≥95%；\n- 温度异常告警推送时间≤3分钟，实现断链事件全程追溯；\n- 园区冷库库容利用率提升10%以上。",
    eligibility:
      "揭榜单位应具备物联网接入和大数据平台建设能力，具有冷链物流或食品安全追溯相关项目经验，平台数据接口遵循国家和行业相关标准。",
    indicativeInvestmentYuan: 2000000,
    maxWinners: 2,
    contactName: "高工",
    contactPhone: "027-83267158",
    indicators: [
      { name: "接入冷库数量", target: "不少于50座", measurement: "平台数据核查", weight: 20, veto: false },
      {
        name: "接入冷藏车辆数量",
        target: "不少于1000辆",
        measurement: "平台数据核查",
        weight: 20,
        veto: false,
      },
      { name: "数据在线率", target: "≥95%", measurement: "系统运行日志抽查", weight: 30, veto: false },
      { name: "异常告警推送时间", target: "≤3分钟", measurement: "现场测试", weight: 30, veto: false },
    ],
  },
  {
    title: "区级政务云多云管理与安全运营平台",
    domain: "cloud_computing",
    demandUnit: "某区电子政务管理部门",
    district: "洪山区",
    scenarioNeed:
      "区内各部门业务系统已基本完成上云迁移，目前分别运行在市级政务云和两家不同厂商提供的区级云资源池上，共承载业务系统200余个。多云环境下资源申请、计量计费、运维监控各自为政，资源利用率偏低，部分虚拟机CPU平均利用率不足15%，同时安全防护能力参差不齐，难以满足等级保护和密码应用要求。\n\n拟建设政务云多云统一管理与安全运营平台，实现异构云资源的统一纳管、统一调度、统一监控和统一安全防护，提升资源使用效率和安全运营水平。",
    goals:
      "- 统一纳管不少于3个异构云资源池，覆盖虚拟机不少于2000台；\n- 资源申请交付时间由5个工作日缩短至1个工作日以内；\n- 云资源平均利用率提升至40%以上；\n- 平台通过网络安全等级保护三级测评和商用密码应用安全性评估。",
    eligibility:
      "揭榜单位应具备云管理平台自主研发能力和政务云运营服务经验，产品兼容主流国产芯片和操作系统，具有省市级政务云项目案例，具备信息系统安全运维相关资质。",
    indicativeInvestmentYuan: 7800000,
    maxWinners: 1,
    contactName: "钱工",
    contactPhone: "027-87590432",
    indicators: [
      { name: "纳管云资源池数量", target: "不少于3个", measurement: "现场测试", weight: 20, veto: false },
      {
        name: "资源交付时间",
        target: "≤1个工作日",
        measurement: "系统运行日志抽查",
        weight: 25,
        veto: false,
      },
      { name: "云资源平均利用率", target: "≥40%", measurement: "系统运行日志抽查", weight: 30, veto: false },
      {
        name: "等保及密评",
        target: "通过等保三级测评和密评",
        measurement: "测评报告",
        weight: 25,
        veto: false,
      },
      {
        name: "网络安全事件",
        target: "不发生重大网络安全事件",
        measurement: "网络安全检查",
        weight: 0,
        veto: true,
      },
    ],
  },
  {
    title: "光谷产业园区算力共享与研发云服务平台",
    domain: "cloud_computing",
    demandUnit: "光谷某产业园区运营机构",
    district: "东湖新技术开发区",
    scenarioNeed:
      "园区聚集光电子信息、生物医药、集成电路设计等领域科技型中小企业800余家，企业在芯片仿真、药物筛选、光学设计、AI模型训练等研发环节对高性能算力需求旺盛，但自建算力中心投入大、利用率低，使用公有云成本较高且存在数据安全顾虑，专业工业软件许可费用也给中小企业带来较大负担。\n\n拟建设面向园区企业的算力共享与研发云服务平台，整合通用算力、智能算力和超算资源，提供EDA、CAE、生物信息分析等研发工具的云化服务，按需使用、按量计费，降低企业研发成本，加速科技成果转化。",
    goals:
      "- 平台整合可调度算力不少于200PFlops（FP16），提供云化研发工具不少于20种；\n- 服务园区企业不少于200家，企业平均算力使用成本降低30%以上；\n- 作业调度平均等待时间≤10分钟，平台可用性≥99.9%；\n- 建立多租户数据隔离与安全保障机制。",
    eligibility:
      "揭榜单位应具备算力平台建设运营和算力调度技术能力，拥有自有或可调度的算力资源，具有面向科研院所或产业用户的云服务运营案例。",
    indicativeInvestmentYuan: 15000000,
    maxWinners: 1,
    contactName: "方工",
    contactPhone: "027-87925816",
    indicators: [
      {
        name: "可调度算力规模",
        target: "≥200PFlops",
        measurement: "第三方检测报告",
        weight: 25,
        veto: false,
      },
      { name: "云化研发工具数量", target: "不少于20种", measurement: "现场测试", weight: 20, veto: false },
      { name: "服务企业数量", target: "不少于200家", measurement: "平台数据核查", weight: 30, veto: false },
      { name: "平台可用性", target: "≥99.9%", measurement: "系统运行日志抽查", weight: 25, veto: false },
    ],
  },
  {
    title: "县域医共体云HIS与区域医疗信息共享平台",
    domain: "cloud_computing",
    demandUnit: "黄陂区某医共体牵头医院",
    district: "黄陂区",
    scenarioNeed:
      "区内医共体由1家区级医院、20余家乡镇卫生院及数百家村卫生室组成。各基层机构信息系统由不同厂商建设，版本陈旧、数据标准不一，检查检验结果难以互认，患者在上下级机构之间转诊需重复检查，基层机构普遍缺乏专业信息技术人员，系统运维困难。\n\n拟建设基于云架构的医共体信息平台，为各级成员单位统一部署云HIS、云LIS、云PACS等系统，实现医共体内电子病历、检查检验数据共享和双向转诊、远程会诊等业务协同，提升基层医疗服务能力和医共体一体化管理水平。",
    goals:
      "- 完成不少于20家乡镇卫生院及100家村卫生室的云HIS部署上线；\n- 实现医共体内检查检验结果互认共享，重复检查率下降30%以上；\n- 基层首诊、双向转诊全程线上办理；\n- 系统年可用性≥99.9%，牵头医院电子病历应用水平达到四级以上。",
    eligibility:
      "揭榜单位应具备医疗卫生信息化产品研发能力，云HIS产品已在不少于3个县域医共体上线运行，具备医疗数据安全保障能力和本地化运维团队。",
    indicativeInvestmentYuan: 4600000,
    maxWinners: 1,
    contactName: "郑工",
    contactPhone: "027-61503827",
    indicators: [
      { name: "上线乡镇卫生院数量", target: "不少于20家", measurement: "现场核查", weight: 25, veto: false },
      { name: "上线村卫生室数量", target: "不少于100家", measurement: "现场核查", weight: 20, veto: false },
      { name: "重复检查率下降", target: "≥30%", measurement: "医疗业务数据对比", weight: 30, veto: false },
      { name: "系统年可用性", target: "≥99.9%", measurement: "系统运行日志抽查", weight: 25, veto: false },
      {
        name: "患者隐私数据安全",
        target: "不发生患者隐私数据泄露事件",
        measurement: "网络安全检查",
        weight: 0,
        veto: true,
      },
    ],
  },
  {
    title: "中小制造企业上云用云与云边协同服务",
    domain: "cloud_computing",
    demandUnit: "蔡甸区某中小企业公共服务机构",
    district: "蔡甸区",
    scenarioNeed:
      "区内现有规模以上工业企业400余家，以汽车零部件、食品加工、新材料和纺织服装为主，大部分中小企业仍采用本地服务器部署财务、进销存等软件，数据备份和安全防护能力薄弱，设备数据采集和生产管理系统普遍缺失。企业上云意愿较强，但缺乏专业指导，对上云成本和数据安全存在顾虑。\n\n拟遴选云服务商，面向区内中小企业提供“基础设施上云+业务系统上云+设备云边协同”的一揽子服务，开展上云诊断、迁移实施、SaaS应用推广和运维培训，并通过“云服务券”等方式降低企业上云门槛。",
    goals:
      "- 完成不少于150家中小企业上云诊断，推动不少于100家企业核心业务系统上云；\n- 在不少于20家企业部署边缘计算节点，实现设备数据云边协同采集；\n- 上云企业IT运维成本平均降低20%以上；\n- 形成分行业上云解决方案不少于5个。",
    eligibility:
      "揭榜单位应为具备云计算服务能力的云服务商或其授权合作伙伴，具有服务中小制造企业上云的成功案例，在武汉本地设有技术服务团队。",
    indicativeInvestmentYuan: 2500000,
    maxWinners: 3,
    contactName: "袁工",
    contactPhone: "027-84950631",
    indicators: [
      {
        name: "上云诊断企业数量",
        target: "不少于150家",
        measurement: "服务记录核查",
        weight: 20,
        veto: false,
      },
      {
        name: "核心业务上云企业数量",
        target: "不少于100家",
        measurement: "平台数据核查",
        weight: 35,
        veto: false,
      },
      {
        name: "部署边缘节点企业数量",
        target: "不少于20家",
        measurement: "现场核查",
        weight: 20,
        veto: false,
      },
      { name: "IT运维成本降低", target: "≥20%", measurement: "企业抽样调查", weight: 25, veto: false },
    ],
  },
  {
    title: "湖泊水环境无人机与无人船智能巡检",
    domain: "other",
    demandUnit: "某景区水环境管理单位",
    district: "东湖生态旅游风景区",
    scenarioNeed:
      "景区内湖泊水域面积约30平方公里，岸线长、湖汊多，水环境巡查目前主要依靠人工乘船和岸线步巡，每轮全湖巡查需3天以上，蓝藻水华、岸线违建、非法排口、水面漂浮物等问题难以及时发现。部分区域人员和船只难以到达，水质监测点位固定、数据频次低，无法反映水质空间分布变化。\n\n拟引入无人机和无人船协同巡检系统，搭载高清、多光谱及水质传感设备，开展自动化巡航、水面垃圾识别、蓝藻水华监测和移动水质采样，实现湖泊水环境问题的快速发现与精准处置。",
    goals:
      "- 建成“无人机+无人船”协同巡检体系，全湖单轮巡检时间缩短至4小时以内；\n- 水面漂浮物、岸线违建等问题识别准确率≥90%；\n- 蓝藻水华识别面积误差≤10%，主要水质指标移动监测频次提升至每日1次；\n- 建立巡检发现问题自动派单处置机制。",
    eligibility:
      "揭榜单位应具备无人机或无人船研发集成能力和遥感图像智能识别能力，具备民用无人机运营相关资质，具有水环境监测或河湖巡检项目案例。",
    indicativeInvestmentYuan: 1200000,
    maxWinners: 1,
    contactName: "付工",
    contactPhone: "027-87146390",
    indicators: [
      { name: "全湖单轮巡检时间", target: "≤4小时", measurement: "现场测试", weight: 25, veto: false },
      { name: "问题识别准确率", target: "≥90%", measurement: "第三方检测报告", weight: 35, veto: false },
      { name: "蓝藻识别面积误差", target: "≤10%", measurement: "现场比对测试", weight: 20, veto: false },
      {
        name: "水质移动监测频次",
        target: "每日不少于1次",
        measurement: "系统运行日志抽查",
        weight: 20,
        veto: false,
      },
    ],
  },
  {
    title: "北斗高精度定位在市政设施监测中的应用",
    domain: "other",
    demandUnit: "长江新区某市政基础设施建设单位",
    district: "长江新区",
    scenarioNeed:
      "新区正在建设大量道路、桥梁、综合管廊和堤防工程，工程建设期和运营期的结构形变、地面沉降监测任务繁重。目前主要依靠人工定期测量，监测频次低、数据时效性差，难以及时发现潜在安全隐患；施工机械作业定位与引导也缺乏统一的高精度位置服务支撑。\n\n拟基于北斗卫星导航系统建设高精度定位服务和自动化监测系统，在重点桥梁、堤防、管廊和深基坑等部位布设北斗监测站，实现毫米级形变自动监测与预警，并为施工机械引导、智慧工地管理提供厘米级实时定位服务。",
    goals:
      "- 建成覆盖新区起步区的北斗地基增强服务，实时定位水平精度≤2厘米；\n- 布设北斗形变监测点不少于200个，静态监测水平精度≤2毫米、垂直精度≤3毫米；\n- 监测数据自动采集与预警，异常告警推送时间≤10分钟；\n- 接入不少于50台施工机械实现北斗引导作业。",
    eligibility:
      "揭榜单位应具备北斗高精度定位与变形监测技术能力，持有测绘资质，核心设备采用国产北斗芯片，具有桥梁、堤防或基坑自动化监测项目经验。",
    indicativeInvestmentYuan: 3300000,
    maxWinners: 1,
    contactName: "戴工",
    contactPhone: "027-89071245",
    indicators: [
      { name: "实时定位水平精度", target: "≤2厘米", measurement: "第三方检测报告", weight: 25, veto: false },
      {
        name: "形变监测精度",
        target: "水平≤2毫米、垂直≤3毫米",
        measurement: "第三方检测报告",
        weight: 30,
        veto: false,
      },
      { name: "形变监测点数量", target: "不少于200个", measurement: "现场核查", weight: 20, veto: false },
      { name: "异常告警推送时间", target: "≤10分钟", measurement: "现场测试", weight: 25, veto: false },
      { name: "数据真实性", target: "不得弄虚作假", measurement: "材料核查", weight: 0, veto: true },
    ],
  },
  {
    title: "智能网联汽车车路协同示范道路建设",
    domain: "other",
    demandUnit: "某智能网联汽车测试运营单位",
    district: "武汉经济技术开发区",
    scenarioNeed:
      "开发区是武汉智能网联汽车产业的主要集聚区，已有多家企业开展自动驾驶出租车、无人配送等测试和示范运营。但现有道路智能化基础设施覆盖不足，路侧感知设备与车辆之间信息交互能力有限，复杂路口、遮挡场景下自动驾驶安全性和通行效率仍面临挑战，同时缺乏面向多品牌车辆的统一云控平台。\n\n拟选取主要道路开展车路协同智能化改造，部署路侧感知、边缘计算和C-V2X通信设施，建设车路云一体化云控平台，向自动驾驶车辆和社会车辆提供超视距感知、信号灯信息推送和危险预警等服务。",
    goals:
      "- 完成不少于50公里道路、100个路口的车路协同智能化改造；\n- 路侧感知目标检测准确率≥95%，感知信息端到端时延≤100毫秒；\n- 提供不少于10类车路协同应用服务，接入测试及示范车辆不少于300辆；\n- 改造路口通行效率提升10%以上。",
    eligibility:
      "揭榜单位应具备车路协同系统研发与集成能力，路侧设备符合C-V2X相关国家和行业标准，具有城市级车联网先导区或示范区项目建设经验，可采用联合体形式揭榜。",
    indicativeInvestmentYuan: 20000000,
    maxWinners: 1,
    contactName: "贺工",
    contactPhone: "027-84298763",
    indicators: [
      { name: "改造道路里程", target: "不少于50公里", measurement: "现场核查", weight: 20, veto: false },
      { name: "目标检测准确率", target: "≥95%", measurement: "第三方检测报告", weight: 30, veto: false },
      { name: "感知信息端到端时延", target: "≤100毫秒", measurement: "现场测试", weight: 25, veto: false },
      {
        name: "接入车辆数量",
        target: "不少于300辆",
        measurement: "云控平台数据核查",
        weight: 25,
        veto: false,
      },
      {
        name: "安全生产事故",
        target: "测试运营期间不发生因系统原因导致的交通责任事故",
        measurement: "事故记录核查",
        weight: 0,
        veto: true,
      },
    ],
  },
  {
    title: "数字农业无人化农场与智能农机作业",
    domain: "other",
    demandUnit: "新洲区某现代农业示范园区",
    district: "新洲区",
    scenarioNeed:
      "园区种植水稻、小麦、油菜等大田作物约3万亩。近年来农村劳动力老龄化明显，农忙季节用工难、用工贵问题突出，传统种植方式下耕种管收各环节主要凭经验作业，水肥药投入粗放，亩均效益不高。\n\n拟建设数字化无人农场示范，应用北斗导航自动驾驶农机、植保无人机、田间物联网监测和农业大数据管理平台，实现耕、种、管、收全流程智能化作业与精准管理，降低人工成本和农资投入，形成可在平原湖区推广的数字农业解决方案。",
    goals:
      "- 建成不少于3000亩无人化农场示范区，主要作业环节无人化率≥80%；\n- 农机自动驾驶直线作业精度≤2.5厘米；\n- 示范区每亩人工成本降低40%以上，化肥农药使用量减少10%以上；\n- 建成农场数字化管理平台，实现农事作业全程记录。",
    eligibility:
      "揭榜单位应具备智能农机装备或数字农业系统研发集成能力，具有无人农场或智慧农业示范项目案例，能够提供农机操作培训和农忙季节现场技术保障。",
    indicativeInvestmentYuan: 900000,
    maxWinners: 2,
    contactName: "魏工",
    contactPhone: "027-89652178",
    indicators: [
      { name: "示范区面积", target: "不少于3000亩", measurement: "现场核查", weight: 20, veto: false },
      { name: "作业环节无人化率", target: "≥80%", measurement: "现场测试", weight: 30, veto: false },
      {
        name: "自动驾驶作业精度",
        target: "≤2.5厘米",
        measurement: "第三方检测报告",
        weight: 20,
        veto: false,
      },
      { name: "每亩人工成本降低", target: "≥40%", measurement: "成本数据核查", weight: 30, veto: false },
    ],
  },
];
