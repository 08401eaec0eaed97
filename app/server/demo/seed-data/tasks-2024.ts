import type { SeedTask } from "./types";

// 演示数据：虚构内容，并非真实榜单。Fictitious demo data, not from a real call.
export const TASKS_2024: SeedTask[] = [
  {
    title: "政务服务大模型智能导办与辅助审批应用",
    domain: "ai",
    demandUnit: "江岸区某政务服务管理部门",
    district: "江岸区",
    scenarioNeed:
      "区政务服务中心年均办件量超过60万件，涉及市场准入、社会保障、不动产、民政等1200余个事项。当前群众咨询主要依赖人工窗口和热线转办，高峰时段平均等待时间超过30分钟；办事指南条目多、更新快，窗口人员对跨部门事项的政策理解不一致，材料预审环节退件率偏高。\n\n拟依托政务大模型，在政务服务网、自助终端和窗口端部署智能导办助手，实现办事意图识别、材料清单自动生成、申报材料智能预审和政策精准解读，并为窗口人员提供辅助审批建议，全部数据须在政务外网内闭环处理。",
    goals:
      "- 构建覆盖不少于800个高频事项的政务知识库，政策文件更新后24小时内完成同步；\n- 智能导办意图识别准确率≥92%，材料预审准确率≥90%；\n- 上线后窗口平均等待时长下降30%以上，材料退件率下降20%以上；\n- 模型完成本地化私有部署，满足网络安全等级保护三级要求。",
    eligibility:
      "在中华人民共和国境内注册的独立法人单位，具备大语言模型研发或行业适配能力，拥有自主知识产权的模型或已完成生成式人工智能服务备案；近三年具有2个以上政务或公共服务领域智能化项目业绩。",
    indicativeInvestmentYuan: 6800000,
    maxWinners: 1,
    contactName: "陈工",
    contactPhone: "027-82716035",
    indicators: [
      { name: "意图识别准确率", target: "≥92%", measurement: "第三方检测报告", weight: 30, veto: false },
      { name: "材料预审准确率", target: "≥90%", measurement: "现场测试", weight: 30, veto: false },
      {
        name: "知识库覆盖事项数",
        target: "不少于800个",
        measurement: "系统运行日志抽查",
        weight: 20,
        veto: false,
      },
      { name: "平均应答时长", target: "≤2秒", measurement: "现场测试", weight: 20, veto: false },
      { name: "数据真实性", target: "不得弄虚作假", measurement: "材料核查", weight: 0, veto: true },
    ],
  },
  {
    title: "慢病患者出院后智能随访与风险预警",
    domain: "ai",
    demandUnit: "武昌区某三甲医院",
    district: "武昌区",
    scenarioNeed:
      "医院年出院患者约9万人次，其中高血压、糖尿病、慢阻肺及心衰等慢病患者占比超过40%。现有随访以护士电话随访为主，人均每日随访量有限，随访覆盖率不足50%；随访记录以文本形式分散在各科室，难以及时识别病情恶化信号，患者再入院率居高不下。\n\n需建设人工智能随访平台，通过智能语音外呼、小程序问卷和可穿戴设备数据接入，自动生成个性化随访计划，结合电子病历对随访结果进行结构化分析，对高风险患者分级预警并推送至责任医生，形成“出院—随访—干预—复诊”闭环管理。",
    goals:
      "平台接入医院电子病历系统及不少于4类可穿戴设备数据，智能语音随访完成率≥85%，随访结果结构化提取准确率≥90%。\n\n试点科室出院患者随访覆盖率提升至90%以上，高风险预警召回率≥85%，试点病种30日非计划再入院率较基线下降10%以上。",
    eligibility:
      "具备医疗人工智能或互联网医疗信息系统研发能力，产品具有相关软件著作权，近三年至少完成1项二级以上医院信息化项目；须严格遵守患者隐私保护有关规定，可与医疗机构联合揭榜。",
    indicativeInvestmentYuan: 3500000,
    maxWinners: 2,
    contactName: "赵老师",
    contactPhone: "027-88041276",
    indicators: [
      { name: "随访覆盖率", target: "≥90%", measurement: "系统运行日志抽查", weight: 25, veto: false },
      { name: "语音随访完成率", target: "≥85%", measurement: "系统运行日志抽查", weight: 20, veto: false },
      {
        name: "随访结果结构化提取准确率",
        target: "≥90%",
        measurement: "第三方检测报告",
        weight: 25,
        veto: false,
      },
      {
        name: "高风险预警召回率",
        target: "≥85%",
        measurement: "病例回溯与专家评审",
        weight: 30,
        veto: false,
      },
      { name: "患者隐私泄露事件", target: "零发生", measurement: "安全审计报告", weight: 0, veto: true },
    ],
  },
  {
    title: "城市管理事件AI视频智能识别与自动派单",
    domain: "ai",
    demandUnit: "硚口区某城市管理部门",
    district: "硚口区",
    scenarioNeed:
      "辖区现有公共视频点位约4500路，主要用于治安防控，城市管理问题仍依赖网格员巡查和群众投诉发现。占道经营、垃圾暴露、渣土车未覆盖、井盖缺失、违规户外广告等问题发现滞后，平均处置时长超过6小时，且重复上报、误报较多。\n\n需在不新增前端设备的前提下，利用现有视频资源构建城市管理事件智能识别能力，实现问题自动发现、自动研判、自动派单和处置结果自动核验，并与区级城市运行管理服务平台对接。",
    goals:
      "- 支持不少于20类城市管理事件的智能识别；\n- 重点事件识别准确率≥90%，误报率≤10%；\n- 事件从发现到派单时间≤5分钟，整体处置时长缩短40%以上；\n- 完成不少于1000路存量视频的接入与算法部署，并提供算法持续迭代服务。",
    eligibility:
      "具备计算机视觉算法自主研发能力，拥有相关发明专利或软件著作权；近三年有城市管理、智慧社区或公共安全领域视频智能分析项目案例，能够提供本地化运维服务。",
    indicativeInvestmentYuan: 4200000,
    maxWinners: 1,
    contactName: "刘工",
    contactPhone: "027-83652190",
    indicators: [
      { name: "可识别事件类型", target: "不少于20类", measurement: "现场测试", weight: 20, veto: false },
      { name: "重点事件识别准确率", target: "≥90%", measurement: "第三方检测报告", weight: 35, veto: false },
      { name: "误报率", target: "≤10%", measurement: "系统运行日志抽查", weight: 25, veto: false },
      { name: "视频接入路数", target: "不少于1000路", measurement: "现场核验", weight: 20, veto: false },
    ],
  },
  {
    title: "光通信器件AI视觉缺陷检测系统研发与应用",
    domain: "ai",
    demandUnit: "武汉某光电子企业",
    district: "东湖新技术开发区",
    scenarioNeed:
      "企业主要生产光模块、光芯片及无源光器件，年产量超过2000万只。端面划痕、崩边、溢胶、金丝键合异常等缺陷尺寸多在微米级，目前依靠人工在显微镜下目检，单人每班检测约1500只，漏检率约2%，质检人员流动大、判定标准难以统一。\n\n需研发适用于多品种、小批量生产模式的AI视觉检测系统，解决小样本缺陷学习、换型快速适配等问题，实现与企业MES系统的数据打通，检测结果全程可追溯。",
    goals:
      "系统对典型缺陷检出率≥99.5%，过检率≤3%，单件检测节拍≤1.5秒；新产品换型后，在不超过200张缺陷样本的条件下3天内完成模型适配。\n\n系统在不少于3条产线稳定运行6个月以上，试点产线目检人员减少50%以上。",
    eligibility:
      "具备工业视觉软硬件一体化研发能力，拥有自主知识产权的缺陷检测算法，近三年在电子、半导体或精密制造领域有不少于3个落地案例；可与高校、科研院所组成联合体揭榜。",
    indicativeInvestmentYuan: 5600000,
    maxWinners: 1,
    contactName: "王工",
    contactPhone: "027-87920453",
    indicators: [
      { name: "典型缺陷检出率", target: "≥99.5%", measurement: "现场测试", weight: 35, veto: false },
      { name: "过检率", target: "≤3%", measurement: "现场测试", weight: 25, veto: false },
      { name: "单件检测节拍", target: "≤1.5秒", measurement: "现场测试", weight: 20, veto: false },
      { name: "换型适配周期", target: "≤3天", measurement: "用户使用报告", weight: 20, veto: false },
    ],
  },
  {
    title: "5G-A通感一体化智慧物流园区应用示范",
    domain: "5g",
    demandUnit: "东西湖区某物流园区运营企业",
    district: "东西湖区",
    scenarioNeed:
      "园区占地约1500亩，入驻仓储、冷链、快递分拨企业60余家，日均进出车辆超过8000辆次。园区现有网络以4G和Wi-Fi为主，AGV、无人叉车在跨库区作业时存在切换掉线问题；园区周界和道路安全依赖人工巡逻，进出园车辆排队拥堵频发。\n\n拟基于5G-A网络建设通信感知一体化能力，实现对园区车辆、无人机及行人的实时感知定位，支撑无人车跨库区调度、智能道闸与车辆预约、周界入侵预警等场景，探索5G-A在物流园区的规模化商用模式。",
    goals:
      "- 园区5G-A网络连续覆盖，下行峰值速率≥5Gbps，端到端时延≤10毫秒；\n- 通感一体化对车辆的定位精度≤1米，感知距离不少于500米；\n- 接入无人车、AGV等智能终端不少于100台；\n- 园区车辆平均等待时长缩短30%以上。",
    eligibility:
      "具备5G/5G-A网络建设与行业应用集成能力的单位，可由基础电信运营商、设备商与应用开发企业组成联合体揭榜；近三年有5G行业虚拟专网建设案例。",
    indicativeInvestmentYuan: 12000000,
    maxWinners: 1,
    contactName: "周工",
    contactPhone: "027-83219876",
    indicators: [
      { name: "下行峰值速率", target: "≥5Gbps", measurement: "第三方检测报告", weight: 20, veto: false },
      { name: "端到端时延", target: "≤10毫秒", measurement: "现场测试", weight: 25, veto: false },
      { name: "感知定位精度", target: "≤1米", measurement: "现场测试", weight: 25, veto: false },
      { name: "接入智能终端数量", target: "不少于100台", measurement: "现场核验", weight: 15, veto: false },
      {
        name: "车辆平均等待时长降幅",
        target: "≥30%",
        measurement: "系统运行日志抽查",
        weight: 15,
        veto: false,
      },
      {
        name: "网络安全事件",
        target: "不发生重大网络安全事件",
        measurement: "安全审计报告",
        weight: 0,
        veto: true,
      },
    ],
  },
  {
    title: "5G+智慧港口集装箱码头远程操控应用",
    domain: "5g",
    demandUnit: "新洲区某港口运营企业",
    district: "新洲区",
    scenarioNeed:
      "港区集装箱年吞吐量超过200万标箱，现有岸桥、场桥司机需在高空司机室长时间俯身作业，劳动强度大、招工难，夜间和恶劣天气下作业安全风险突出。码头已有光纤网络，但对移动设备改造布线成本高，部分设备无法有线接入。\n\n需利用5G网络大带宽、低时延特性，实现龙门吊、岸桥多路高清视频回传和PLC控制信号无线传输，建设远程操控中心，实现“一人多机”远程作业，同时对集卡进行智能调度，提升码头作业效率和安全水平。",
    goals:
      "完成不少于10台场桥的5G远程操控改造，单台设备上行视频回传不少于8路；控制信号端到端时延≤20毫秒，通信可靠性≥99.99%。\n\n实现1名司机远程操控3台以上设备，单机作业效率不低于现场人工操作的95%，全年不发生因通信原因导致的安全事故。",
    eligibility:
      "具有港口机械自动化或5G行业应用项目实施经验，近三年至少完成1个港口、矿山或大型工厂的远程控制类项目；鼓励电信运营商与港机设备企业联合揭榜。",
    indicativeInvestmentYuan: 15000000,
    maxWinners: 1,
    contactName: "黄工",
    contactPhone: "027-86981357",
    indicators: [
      { name: "远程操控改造设备数", target: "不少于10台", measurement: "现场核验", weight: 20, veto: false },
      { name: "控制信号时延", target: "≤20毫秒", measurement: "第三方检测报告", weight: 30, veto: false },
      { name: "通信可靠性", target: "≥99.99%", measurement: "第三方检测报告", weight: 25, veto: false },
      {
        name: "远程作业效率",
        target: "不低于现场人工的95%",
        measurement: "现场测试",
        weight: 25,
        veto: false,
      },
      {
        name: "安全生产事故",
        target: "不发生因通信原因导致的安全事故",
        measurement: "事故记录核查",
        weight: 0,
        veto: true,
      },
    ],
  },
  {
    title: "5G+院前急救“上车即入院”协同救治",
    domain: "5g",
    demandUnit: "洪山区某急救医疗机构",
    district: "洪山区",
    scenarioNeed:
      "区域急救网络年出车约4万次，胸痛、卒中、创伤等急危重症患者占比较高。现有救护车与医院之间主要通过电话沟通病情，心电图、生命体征等数据无法实时传输，院内专家难以提前介入，患者到院后仍需重复检查，延误最佳救治时间。\n\n需基于5G网络对救护车进行车载终端改造，实现车内高清音视频、心电、超声、生命体征数据实时回传，建设院前院内协同救治平台，打通急救调度系统与医院急诊、胸痛中心、卒中中心信息系统。",
    goals:
      "- 完成不少于30辆救护车的5G车载改造；\n- 车载高清视频回传时延≤200毫秒，行驶过程中业务连续性≥99%；\n- 院前心电图传输至医院时间≤1分钟；\n- 胸痛患者进门至球囊扩张时间(D2B)平均缩短15%以上，卒中患者入院至溶栓时间平均缩短10%以上。",
    eligibility:
      "具备医疗信息化与5G应用集成能力，涉及医疗器械的产品须具备相应注册证；近三年有急救或远程医疗信息化项目业绩，可联合医疗机构共同揭榜。",
    indicativeInvestmentYuan: 4800000,
    maxWinners: 2,
    contactName: "孙老师",
    contactPhone: "027-87653302",
    indicators: [
      { name: "改造救护车数量", target: "不少于30辆", measurement: "现场核验", weight: 20, veto: false },
      { name: "视频回传时延", target: "≤200毫秒", measurement: "现场测试", weight: 25, veto: false },
      { name: "业务连续性", target: "≥99%", measurement: "系统运行日志抽查", weight: 25, veto: false },
      { name: "D2B时间降幅", target: "≥15%", measurement: "医院统计数据核查", weight: 30, veto: false },
    ],
  },
  {
    title: "5G-A低空通感网络支撑无人机巡检应用",
    domain: "5g",
    demandUnit: "黄陂区某低空经济产业园",
    district: "黄陂区",
    scenarioNeed:
      "区内山林、水库、输电线路分布广，森林防火、河湖巡查和电力巡检任务繁重，目前主要依赖人工巡护，山区地形复杂导致巡查周期长、覆盖不全。无人机巡检已小规模试用，但山区公网覆盖弱、图传不稳定，且缺乏对“低慢小”目标的有效监管手段。\n\n需建设面向低空的5G-A通感一体化网络，实现120米以下空域连续覆盖和无人机实时感知监测，搭建低空巡检调度平台，支撑多部门无人机共享巡检、航线规划和违规飞行告警。",
    goals:
      "低空网络覆盖面积不少于200平方公里，120米以下空域通信连续覆盖率≥95%；对无人机目标感知距离不少于1公里，定位误差≤10米。\n\n平台支持不少于50架无人机并发调度，巡检影像实时回传，森林火点识别准确率≥90%，多部门共享巡检任务不少于5类。",
    eligibility:
      "具备5G-A基站或通感一体化技术研发、部署能力，或具有低空飞行服务平台建设经验；联合体成员不超过3家，牵头单位须在武汉市内设有研发或运维团队。",
    indicativeInvestmentYuan: 18000000,
    maxWinners: 1,
    contactName: "吴工",
    contactPhone: "027-85102478",
    indicators: [
      { name: "低空通信覆盖率", target: "≥95%", measurement: "第三方检测报告", weight: 30, veto: false },
      { name: "无人机感知距离", target: "不少于1公里", measurement: "现场测试", weight: 25, veto: false },
      { name: "并发调度无人机数", target: "不少于50架", measurement: "现场测试", weight: 20, veto: false },
      { name: "森林火点识别准确率", target: "≥90%", measurement: "现场测试", weight: 25, veto: false },
    ],
  },
  {
    title: "中小企业数字化转型工业互联网公共服务平台",
    domain: "industrial_internet",
    demandUnit: "汉阳区某产业园区管理机构",
    district: "汉阳区",
    scenarioNeed:
      "区内汽车零部件、食品加工、装备制造等领域中小制造企业超过500家，普遍存在设备联网率低、生产数据靠纸质报表、订单与排产脱节等问题。企业对数字化转型有需求，但资金有限、缺少专业人才，对“转什么、怎么转、转了有没有用”认识不清。\n\n需建设面向中小企业的工业互联网公共服务平台，提供数字化诊断、轻量化SaaS应用、设备上云和转型成效评估服务，形成“小快轻准”的可复制解决方案。",
    goals:
      "- 平台汇聚不少于30款经验证的轻量化工业SaaS应用；\n- 完成不少于100家企业的数字化转型诊断，推动不少于50家企业实施改造；\n- 改造企业设备联网率提升至60%以上，生产效率平均提升10%以上；\n- 形成不少于3个细分行业的转型样板。",
    eligibility:
      "具备工业互联网平台建设运营能力，平台已接入工业设备不少于1万台或服务企业不少于300家；近三年有中小企业数字化转型服务案例，可提供本地化服务团队。",
    indicativeInvestmentYuan: 9000000,
    maxWinners: 3,
    contactName: "李工",
    contactPhone: "027-84756120",
    indicators: [
      { name: "完成诊断企业数", target: "不少于100家", measurement: "诊断报告核查", weight: 20, veto: false },
      { name: "实施改造企业数", target: "不少于50家", measurement: "现场抽查", weight: 30, veto: false },
      { name: "改造企业设备联网率", target: "≥60%", measurement: "平台数据抽查", weight: 25, veto: false },
      { name: "生产效率提升", target: "≥10%", measurement: "企业用户评价报告", weight: 25, veto: false },
    ],
  },
  {
    title: "汽车零部件行业标识解析二级节点深化应用",
    domain: "industrial_internet",
    demandUnit: "武汉经济技术开发区某整车制造企业",
    district: "武汉经济技术开发区",
    scenarioNeed:
      "企业一级、二级供应商超过400家，零部件质量追溯依赖各自系统和纸质流转卡，出现质量问题时追溯至具体批次、工位平均需要2至3天。各供应商编码规则不统一，整车厂与供应商之间的数据难以互认共享，供应链协同效率不高。\n\n需依托工业互联网标识解析体系，推动关键零部件“一物一码”赋码，建设覆盖整车厂和主要供应商的质量追溯与协同平台，实现从原材料、零部件生产到整车装配的全链条追溯。",
    goals:
      "新增标识注册量不少于5000万条，日均解析量不少于20万次；接入供应商不少于150家，关键安全件赋码覆盖率达到100%。\n\n质量问题追溯时间由2天以上缩短至2小时以内，供应链库存周转率提升10%以上，形成可在同行业推广的标识应用规范。",
    eligibility:
      "具有工业互联网标识解析相关建设或运营经验，熟悉汽车行业质量管理体系及编码规则；近三年有汽车或装备制造行业供应链数字化项目案例，能够提供供应商赋码培训服务。",
    indicativeInvestmentYuan: 7500000,
    maxWinners: 1,
    contactName: "郑工",
    contactPhone: "027-84293617",
    indicators: [
      {
        name: "标识注册量",
        target: "不少于5000万条",
        measurement: "节点运行数据核查",
        weight: 25,
        veto: false,
      },
      { name: "接入供应商数", target: "不少于150家", measurement: "平台数据抽查", weight: 25, veto: false },
      { name: "关键安全件赋码覆盖率", target: "100%", measurement: "现场抽查", weight: 20, veto: false },
      { name: "质量问题追溯时间", target: "≤2小时", measurement: "现场测试", weight: 30, veto: false },
    ],
  },
  {
    title: "钢铁产线关键设备预测性维护平台",
    domain: "industrial_internet",
    demandUnit: "青山区某大型钢铁企业",
    district: "青山区",
    scenarioNeed:
      "企业热轧、冷轧产线拥有轧机、风机、水泵、减速机等关键旋转设备3000余台，目前以定期检修和事后维修为主，非计划停机每年造成直接经济损失数千万元。现场设备已部分安装振动、温度传感器，但数据分散在不同系统，缺乏有效的故障机理模型和预警手段。\n\n需构建基于工业互联网的设备预测性维护平台，融合设备机理和多源运行数据，实现故障早期预警、剩余寿命预测和检修计划优化。",
    goals:
      "- 接入关键设备不少于500台，数据采集频率满足振动频谱分析要求；\n- 典型故障提前预警时间不少于72小时，预警准确率≥85%；\n- 试点产线非计划停机时间减少30%以上，备件库存降低15%以上；\n- 形成不少于20类设备故障机理模型。",
    eligibility:
      "具备工业设备状态监测与故障诊断技术积累，拥有相关发明专利；近三年在冶金、化工、电力等流程行业完成过不少于2个预测性维护项目。",
    indicativeInvestmentYuan: 8600000,
    maxWinners: 1,
    contactName: "何工",
    contactPhone: "027-86307745",
    indicators: [
      { name: "接入关键设备数", target: "不少于500台", measurement: "平台数据核查", weight: 20, veto: false },
      { name: "故障预警准确率", target: "≥85%", measurement: "系统运行日志抽查", weight: 30, veto: false },
      { name: "提前预警时间", target: "不少于72小时", measurement: "故障案例回溯", weight: 20, veto: false },
      {
        name: "非计划停机时间降幅",
        target: "≥30%",
        measurement: "企业生产记录核查",
        weight: 30,
        veto: false,
      },
      {
        name: "生产安全事故",
        target: "不因系统原因引发生产安全事故",
        measurement: "事故记录核查",
        weight: 0,
        veto: true,
      },
    ],
  },
  {
    title: "装备制造产业集群协同制造与共享产能平台",
    domain: "industrial_internet",
    demandUnit: "江夏区某装备制造产业园",
    district: "江夏区",
    scenarioNeed:
      "园区集聚装备制造及配套企业180余家，覆盖机加工、钣金、热处理、表面处理等环节。企业之间“忙闲不均”现象突出：部分企业订单饱和、产能不足，部分企业设备闲置率超过40%。产业链上下游信息不对称，外协加工主要依靠熟人介绍，质量和交期难以保障。\n\n需建设集群级工业互联网平台，实现设备产能在线发布、订单智能匹配、外协过程透明化管理和质量数据共享，提升集群整体协同效率。",
    goals:
      "平台入驻企业不少于100家，在线共享设备不少于1000台；年撮合外协订单金额不少于2亿元，订单匹配平均用时缩短至24小时以内。\n\n参与企业设备平均利用率提升15%以上，外协订单准时交付率≥95%，形成集群协同制造运营规则和质量评价体系。",
    eligibility:
      "具备工业互联网平台开发与运营能力，熟悉离散制造行业业务流程；近三年有产业集群或园区级平台运营案例，能够承担平台后续不少于3年的运营服务。",
    indicativeInvestmentYuan: 6000000,
    maxWinners: 2,
    contactName: "冯工",
    contactPhone: "027-81657302",
    indicators: [
      { name: "入驻企业数", target: "不少于100家", measurement: "平台数据核查", weight: 20, veto: false },
      { name: "年撮合订单金额", target: "不少于2亿元", measurement: "交易记录核查", weight: 30, veto: false },
      { name: "设备利用率提升", target: "≥15%", measurement: "抽样企业核查", weight: 25, veto: false },
      {
        name: "外协订单准时交付率",
        target: "≥95%",
        measurement: "系统运行日志抽查",
        weight: 25,
        veto: false,
      },
    ],
  },
  {
    title: "区块链+不动产登记“一网通办”应用",
    domain: "blockchain",
    demandUnit: "江汉区某不动产登记服务机构",
    district: "江汉区",
    scenarioNeed:
      "辖区年办理不动产登记业务约8万件，二手房交易登记涉及不动产登记、住建、税务、银行、公证等多个部门。当前各部门数据多以接口调用或人工传递方式共享，群众需在多个窗口重复提交材料，抵押登记需银行与登记机构多次往返，数据一致性和可追溯性有待加强。\n\n需基于区块链构建不动产登记跨部门协同链，实现交易合同、完税凭证、抵押信息等数据上链共享和互信核验，推动“带押过户”、抵押登记“不见面办理”等场景落地。",
    goals:
      "- 上链部门和机构不少于10家，其中接入银行不少于8家；\n- 二手房转移登记办理时间压缩至1个工作日以内，抵押登记全程网办率≥80%；\n- 链上数据存证与核验响应时间≤1秒；\n- 平台通过商用密码应用安全性评估。",
    eligibility:
      "具备自主可控的区块链底层平台，已完成区块链信息服务备案；近三年有政务或金融领域区块链项目落地经验，熟悉不动产登记业务规范。",
    indicativeInvestmentYuan: 3800000,
    maxWinners: 1,
    contactName: "杨工",
    contactPhone: "027-85739016",
    indicators: [
      {
        name: "上链部门和机构数",
        target: "不少于10家",
        measurement: "平台数据核查",
        weight: 20,
        veto: false,
      },
      {
        name: "转移登记办理时长",
        target: "≤1个工作日",
        measurement: "业务系统数据抽查",
        weight: 30,
        veto: false,
      },
      {
        name: "抵押登记全程网办率",
        target: "≥80%",
        measurement: "业务系统数据抽查",
        weight: 25,
        veto: false,
      },
      { name: "存证核验响应时间", target: "≤1秒", measurement: "第三方检测报告", weight: 25, veto: false },
      { name: "数据真实性", target: "不得弄虚作假", measurement: "材料核查", weight: 0, veto: true },
    ],
  },
  {
    title: "基于区块链的中小微企业供应链金融服务平台",
    domain: "blockchain",
    demandUnit: "江岸区某地方金融服务机构",
    district: "江岸区",
    scenarioNeed:
      "辖区商贸、物流类中小微企业数量多，普遍存在轻资产、缺抵押的问题，核心企业信用难以向多级供应商传递，应收账款确权难、融资周期长。金融机构对贸易背景真实性的核验主要依赖纸质单据和人工尽调，成本高且存在重复融资风险。\n\n需建设基于区块链的供应链金融服务平台，实现核心企业应付账款数字化确权、多级拆分流转和融资全流程上链，结合物流、税务、电力等数据对贸易真实性进行交叉验证。",
    goals:
      "平台接入核心企业不少于20家、金融机构不少于5家，服务上下游中小微企业不少于500家。\n\n年度累计融资规模不少于10亿元，平均融资审批时间缩短至3个工作日以内，平均融资成本较传统方式下降1个百分点以上，平台运行期间不发生重复融资事件。",
    eligibility:
      "具备区块链与金融科技产品研发能力，熟悉供应链金融业务及监管要求；近三年有供应链金融平台建设或运营案例，联合体中应至少包含1家持牌金融机构。",
    indicativeInvestmentYuan: 5000000,
    maxWinners: 1,
    contactName: "唐工",
    contactPhone: "027-82380651",
    indicators: [
      {
        name: "服务中小微企业数",
        target: "不少于500家",
        measurement: "平台数据核查",
        weight: 25,
        veto: false,
      },
      { name: "年度融资规模", target: "不少于10亿元", measurement: "交易记录核查", weight: 30, veto: false },
      {
        name: "融资审批时长",
        target: "≤3个工作日",
        measurement: "系统运行日志抽查",
        weight: 25,
        veto: false,
      },
      { name: "接入金融机构数", target: "不少于5家", measurement: "合作协议核查", weight: 20, veto: false },
    ],
  },
  {
    title: "区块链+特色农产品全程质量溯源应用",
    domain: "blockchain",
    demandUnit: "蔡甸区某农业农村服务部门",
    district: "蔡甸区",
    scenarioNeed:
      "区内莲藕、蔬菜、水产等特色农产品种养面积大，已形成多个区域公用品牌，但生产记录以手工台账为主，品牌产品“以次充好”、冒用标识等问题时有发生。消费者难以获取可信的产地、农事、检测信息，优质优价机制难以形成。\n\n需建设农产品区块链溯源平台，通过物联网设备自动采集种养殖环境、投入品使用、采收加工、检验检测和物流数据并实时上链，为每批产品生成唯一溯源码，实现“一品一码、全程可查”。",
    goals:
      "- 接入农业生产经营主体不少于100家，覆盖种养殖基地不少于3万亩；\n- 物联网自动采集数据上链比例≥70%；\n- 溯源码扫码查询响应时间≤2秒，年赋码产品不少于500万件；\n- 溯源品牌产品平均销售价格提升10%以上。",
    eligibility:
      "具备区块链溯源平台研发及农业物联网集成能力，近三年有农产品或食品溯源项目案例；须承诺为接入主体提供不少于2年的免费技术服务。",
    indicativeInvestmentYuan: 2200000,
    maxWinners: 2,
    contactName: "胡老师",
    contactPhone: "027-84967531",
    indicators: [
      {
        name: "接入生产经营主体",
        target: "不少于100家",
        measurement: "平台数据核查",
        weight: 25,
        veto: false,
      },
      {
        name: "自动采集数据上链比例",
        target: "≥70%",
        measurement: "系统运行日志抽查",
        weight: 30,
        veto: false,
      },
      {
        name: "年赋码产品数量",
        target: "不少于500万件",
        measurement: "平台数据核查",
        weight: 20,
        veto: false,
      },
      { name: "溯源查询响应时间", target: "≤2秒", measurement: "现场测试", weight: 25, veto: false },
    ],
  },
  {
    title: "区块链赋能重点企业碳排放数据可信管理",
    domain: "blockchain",
    demandUnit: "青山区某生态环境管理部门",
    district: "青山区",
    scenarioNeed:
      "辖区钢铁、石化、电力等重点排放企业集中，碳排放核算涉及能耗、物料、产品产量等大量数据，目前主要依靠企业自行填报和第三方年度核查，数据采集环节多、时效性差，存在数据质量问题和篡改风险，难以满足全国碳市场扩容后对数据质量的管理要求。\n\n需基于区块链和物联网技术，建设碳排放数据可信采集与监管平台，实现关键计量数据自动采集上链、排放量在线核算、异常数据智能预警，为企业碳资产管理和绿色金融提供可信数据支撑。",
    goals:
      "接入重点排放企业不少于20家，关键计量点位自动采集覆盖率≥90%；碳排放月度核算结果与第三方核查结果偏差≤3%；异常数据识别准确率≥90%。\n\n基于链上数据支持不少于2类绿色金融产品落地应用，形成重点企业碳排放数据上链管理规范1项。",
    eligibility:
      "具备区块链、物联网及碳排放核算相关技术能力，熟悉温室气体排放核算与报告有关要求；近三年有能源或碳排放管理信息化项目业绩，鼓励与碳核查机构联合揭榜。",
    indicativeInvestmentYuan: 3000000,
    maxWinners: 1,
    contactName: "罗工",
    contactPhone: "027-86512893",
    indicators: [
      {
        name: "接入重点排放企业数",
        target: "不少于20家",
        measurement: "平台数据核查",
        weight: 20,
        veto: false,
      },
      { name: "计量点位自动采集覆盖率", target: "≥90%", measurement: "现场核验", weight: 25, veto: false },
      { name: "核算结果偏差", target: "≤3%", measurement: "第三方核查比对", weight: 35, veto: false },
      {
        name: "异常数据识别准确率",
        target: "≥90%",
        measurement: "系统运行日志抽查",
        weight: 20,
        veto: false,
      },
      { name: "数据真实性", target: "不得弄虚作假", measurement: "材料核查", weight: 0, veto: true },
    ],
  },
  {
    title: "历史文化名楼元宇宙沉浸式游览体验",
    domain: "metaverse",
    demandUnit: "武昌区某文化旅游景区运营单位",
    district: "武昌区",
    scenarioNeed:
      "景区以千年名楼及周边古建筑群为核心，年接待游客超过400万人次，节假日高峰时段客流拥挤，游客停留时间短；对楼阁历史沿革、诗词典故的展示以展板和人工讲解为主，形式单一，夜间及淡季游客吸引力不足。\n\n需运用数字孪生、扩展现实(XR)和空间计算技术，对名楼及历代形制进行高精度数字化复原，打造线下AR导览、线上虚拟游览和沉浸式演艺相结合的元宇宙文旅场景，同步开发数字文创产品，形成可持续的运营模式。",
    goals:
      "- 完成核心景点厘米级三维重建，复原不少于5个历史时期的建筑形制；\n- AR导览空间定位误差≤10厘米，支持不少于500人同时在线互动；\n- 线上虚拟景区年访问量不少于100万人次；\n- 沉浸式体验项目年接待游客不少于20万人次，数字文创年收入不少于300万元。",
    eligibility:
      "具备三维重建、XR内容制作及元宇宙平台开发能力，近三年有文博、文旅领域数字化项目案例；内容须符合文物保护和文化内容管理有关要求，并经专家审读。",
    indicativeInvestmentYuan: 9800000,
    maxWinners: 1,
    contactName: "钱老师",
    contactPhone: "027-88317642",
    indicators: [
      { name: "历史形制复原数", target: "不少于5个", measurement: "专家评审", weight: 20, veto: false },
      { name: "AR导览定位误差", target: "≤10厘米", measurement: "现场测试", weight: 25, veto: false },
      {
        name: "线上年访问量",
        target: "不少于100万人次",
        measurement: "平台数据核查",
        weight: 25,
        veto: false,
      },
      {
        name: "沉浸式体验年接待量",
        target: "不少于20万人次",
        measurement: "票务数据核查",
        weight: 30,
        veto: false,
      },
      {
        name: "内容合规性",
        target: "无史实性错误及违规内容",
        measurement: "专家审读",
        weight: 0,
        veto: true,
      },
    ],
  },
  {
    title: "湖区数字孪生与元宇宙智慧游览服务",
    domain: "metaverse",
    demandUnit: "某5A级湖泊景区运营单位",
    district: "东湖生态旅游风景区",
    scenarioNeed:
      "景区水域和山林面积大，环湖绿道全长超过100公里，年接待游客约2000万人次。游客普遍反映景点分散、路线规划难，赏花季等时段热点区域客流过度集中；景区生态科普、湖泊历史等内容展示手段有限，年轻游客互动参与度不高。\n\n需构建湖区全域数字孪生底座，在此基础上开发虚实融合的元宇宙游览应用，提供绿道AR导航、虚拟数字人讲解、生态科普互动游戏等功能，并与客流监测数据联动，实现游客分流引导。",
    goals:
      "建成覆盖景区核心区不少于30平方公里的数字孪生底座，重点区域模型精度达到厘米级。\n\n元宇宙应用月活跃用户不少于10万人，数字人讲解问答准确率≥90%；热点区域高峰时段客流峰值下降15%以上，游客满意度≥90%。",
    eligibility:
      "具备数字孪生、地理信息系统及元宇宙应用开发能力，近三年有景区、园区或城市级数字孪生项目业绩；鼓励技术企业与文旅运营企业联合揭榜。",
    indicativeInvestmentYuan: 7200000,
    maxWinners: 2,
    contactName: "林工",
    contactPhone: "027-87165409",
    indicators: [
      {
        name: "数字孪生覆盖面积",
        target: "不少于30平方公里",
        measurement: "现场核验",
        weight: 20,
        veto: false,
      },
      { name: "月活跃用户数", target: "不少于10万人", measurement: "平台数据核查", weight: 25, veto: false },
      { name: "数字人问答准确率", target: "≥90%", measurement: "第三方检测报告", weight: 25, veto: false },
      { name: "游客满意度", target: "≥90%", measurement: "第三方问卷调查", weight: 30, veto: false },
    ],
  },
  {
    title: "面向职业教育的元宇宙虚拟仿真实训平台",
    domain: "metaverse",
    demandUnit: "江夏区某职业技术学院",
    district: "江夏区",
    scenarioNeed:
      "学院开设智能制造、新能源汽车、轨道交通等专业，在校生约1.5万人。部分实训项目存在设备昂贵、台套数不足、操作危险性高、耗材成本大等问题，如高压电气维修、动力电池拆装、数控设备故障排除等，学生实际动手机会少，难以满足产教融合人才培养要求。\n\n需建设元宇宙虚拟仿真实训平台，开发高保真虚拟实训课程，支持多人协同、远程接入和操作过程自动评价，并与合作企业的真实工况数据对接。",
    goals:
      "- 开发虚拟仿真实训课程不少于20门，覆盖不少于5个专业；\n- 支持不少于200人同时在线协同实训，画面渲染帧率≥60帧/秒；\n- 实训操作过程自动评价与教师评价一致率≥85%；\n- 学生年均实训时长提升50%以上，实训耗材成本降低30%以上。",
    eligibility:
      "具备虚拟仿真、XR内容开发及教育信息化平台研发能力，近三年有职业院校或高校虚拟仿真实训项目业绩；课程内容须经合作企业技术专家审核。",
    indicativeInvestmentYuan: 1500000,
    maxWinners: 1,
    contactName: "许老师",
    contactPhone: "027-81920364",
    indicators: [
      { name: "实训课程数量", target: "不少于20门", measurement: "现场核验", weight: 25, veto: false },
      { name: "并发在线人数", target: "不少于200人", measurement: "现场测试", weight: 20, veto: false },
      { name: "自动评价一致率", target: "≥85%", measurement: "抽样比对", weight: 25, veto: false },
      { name: "学生实训时长提升", target: "≥50%", measurement: "平台数据核查", weight: 30, veto: false },
    ],
  },
  {
    title: "商圈元宇宙数字消费新场景建设",
    domain: "metaverse",
    demandUnit: "江汉区某商业街区管理机构",
    district: "江汉区",
    scenarioNeed:
      "街区为百年商业步行街，年客流量超过6000万人次，但受电商冲击，实体门店客单价和复购率下降，年轻消费群体到店频次减少。街区现有线上小程序功能单一，与线下门店、老字号品牌的联动不足，夜间经济和节庆活动的数字化运营能力有待提升。\n\n需建设商圈元宇宙数字消费平台，对街区进行三维数字化重建，开发虚拟街区漫游、AR互动打卡、老字号品牌虚拟展厅等应用，打通线上权益与线下核销，形成“线上引流、线下消费”闭环。",
    goals:
      "接入商户不少于200家，其中老字号品牌不少于20家；平台注册用户不少于50万人，线上权益线下核销率≥30%。\n\n街区重大节庆活动期间客流同比提升10%以上，参与商户销售额平均提升8%以上，形成可复制的商圈数字化运营模式。",
    eligibility:
      "具备元宇宙平台开发、数字营销及商业运营服务能力，近三年有商圈、商场或品牌数字化营销项目案例；涉及数字藏品的须符合国家有关规定，不得开展二级市场交易。",
    indicativeInvestmentYuan: 4500000,
    maxWinners: 1,
    contactName: "高工",
    contactPhone: "027-85640128",
    indicators: [
      { name: "接入商户数", target: "不少于200家", measurement: "平台数据核查", weight: 20, veto: false },
      {
        name: "平台注册用户数",
        target: "不少于50万人",
        measurement: "平台数据核查",
        weight: 25,
        veto: false,
      },
      { name: "线上权益核销率", target: "≥30%", measurement: "交易记录核查", weight: 25, veto: false },
      { name: "参与商户销售额提升", target: "≥8%", measurement: "抽样商户核查", weight: 30, veto: false },
    ],
  },
  {
    title: "新城区城市运行“一网统管”大数据治理平台",
    domain: "big_data",
    demandUnit: "长江新区某城市运行管理部门",
    district: "长江新区",
    scenarioNeed:
      "新区处于大规模开发建设阶段，在建工地、新建道路和安置社区数量多，城市运行涉及城管、交通、水务、应急、住建等20余个部门。各部门业务系统独立建设，数据标准不统一、共享不及时，跨部门事件需多次协调，“看不全、管不住、联不动”问题突出。\n\n需建设城市运行大数据治理平台，开展数据归集、清洗和标准化治理，构建城市运行体征指标体系和事件联动处置机制，实现城市运行态势“一屏统览”、跨部门事件“一网统管”。",
    goals:
      "- 归集接入部门业务系统不少于30个，治理后数据质量合格率≥95%；\n- 构建城市运行体征指标不少于200项，重点指标更新频率不低于每小时1次；\n- 跨部门事件平均流转时长缩短50%以上；\n- 形成新区公共数据标准规范不少于10项。",
    eligibility:
      "具备城市级大数据平台建设和数据治理经验，近三年承担过不少于1个地市级或区级城市运行管理平台项目；须具备满足网络安全等级保护要求的建设和运维能力。",
    indicativeInvestmentYuan: 16000000,
    maxWinners: 1,
    contactName: "邓工",
    contactPhone: "027-89751206",
    indicators: [
      { name: "接入业务系统数", target: "不少于30个", measurement: "平台数据核查", weight: 20, veto: false },
      { name: "数据质量合格率", target: "≥95%", measurement: "第三方检测报告", weight: 30, veto: false },
      { name: "体征指标数量", target: "不少于200项", measurement: "现场核验", weight: 20, veto: false },
      { name: "事件流转时长降幅", target: "≥50%", measurement: "系统运行日志抽查", weight: 30, veto: false },
      {
        name: "网络安全事件",
        target: "不发生数据泄露等网络安全事件",
        measurement: "安全审计报告",
        weight: 0,
        veto: true,
      },
    ],
  },
  {
    title: "数字孪生流域防汛调度与水环境治理应用",
    domain: "big_data",
    demandUnit: "蔡甸区某水务管理部门",
    district: "蔡甸区",
    scenarioNeed:
      "区内江河湖泊众多，汛期外江高水位与城区内涝叠加风险大。现有水文、水质、泵站、闸门等监测数据分属不同系统，防汛调度主要依靠经验判断，难以对降雨—产流—内涝—排涝全过程进行模拟推演；部分湖泊水质波动明显，污染溯源困难。\n\n需构建重点流域数字孪生平台，融合多源监测数据和水文水动力模型，实现洪涝预报、调度方案预演和水环境污染溯源分析，提升防汛决策和水环境治理的科学化水平。",
    goals:
      "接入各类监测站点不少于500个，数据接入时效≤5分钟；洪水预报精度≥85%，重点区域内涝积水模拟深度误差≤15厘米。\n\n可在30分钟内生成不少于3套调度方案并开展推演比选，水质异常溯源定位准确率≥80%，平台在汛期保持7×24小时稳定运行。",
    eligibility:
      "具备水利专业模型与大数据、数字孪生平台集成能力，拥有自主知识产权的水文水动力模型；近三年有智慧水利或智慧水务项目业绩，可与水利科研单位联合揭榜。",
    indicativeInvestmentYuan: 11000000,
    maxWinners: 1,
    contactName: "曾工",
    contactPhone: "027-84870359",
    indicators: [
      { name: "接入监测站点数", target: "不少于500个", measurement: "平台数据核查", weight: 15, veto: false },
      { name: "洪水预报精度", target: "≥85%", measurement: "历史场次回溯检验", weight: 30, veto: false },
      { name: "内涝模拟深度误差", target: "≤15厘米", measurement: "现场实测比对", weight: 25, veto: false },
      { name: "调度方案生成时间", target: "≤30分钟", measurement: "现场测试", weight: 15, veto: false },
      { name: "污染溯源定位准确率", target: "≥80%", measurement: "专家评审", weight: 15, veto: false },
    ],
  },
  {
    title: "公共数据授权运营与民生场景开发利用",
    domain: "big_data",
    demandUnit: "硚口区某数据资源管理部门",
    district: "硚口区",
    scenarioNeed:
      "区内已归集人口、法人、空间地理、社保、医保、市场监管等公共数据超过10亿条，但数据开发利用以政府内部共享为主，面向企业和社会的开放利用程度低，数据“供得出”与“用得好”之间存在断层。部分金融、保险、医疗健康企业有使用公共数据的明确需求，但缺乏合规、安全的使用渠道。\n\n需探索公共数据授权运营模式，建设数据开发利用平台，在“数据可用不可见”的前提下，开发普惠金融、商业健康保险、就业服务等民生应用场景。",
    goals:
      "- 建成支持隐私计算的公共数据开发利用平台，实现原始数据不出域；\n- 上线数据产品和服务不少于15个，落地应用场景不少于5个；\n- 平台服务调用量年累计不少于500万次；\n- 形成公共数据授权运营管理制度和安全规范不少于5项。",
    eligibility:
      "具备隐私计算、数据安全及数据运营能力，近三年有公共数据开放或数据要素流通相关项目案例；须建立完善的数据安全管理制度，具备数据安全相关资质认证。",
    indicativeInvestmentYuan: 6500000,
    maxWinners: 1,
    contactName: "彭工",
    contactPhone: "027-83471928",
    indicators: [
      { name: "上线数据产品数", target: "不少于15个", measurement: "平台数据核查", weight: 25, veto: false },
      { name: "落地应用场景数", target: "不少于5个", measurement: "现场核验", weight: 25, veto: false },
      {
        name: "年服务调用量",
        target: "不少于500万次",
        measurement: "系统运行日志抽查",
        weight: 25,
        veto: false,
      },
      { name: "管理制度和规范数", target: "不少于5项", measurement: "材料核查", weight: 25, veto: false },
      {
        name: "数据安全事件",
        target: "不发生数据泄露事件",
        measurement: "安全审计报告",
        weight: 0,
        veto: true,
      },
    ],
  },
  {
    title: "惠企政策大数据精准匹配与“免申即享”",
    domain: "big_data",
    demandUnit: "东西湖区某营商环境服务部门",
    district: "东西湖区",
    scenarioNeed:
      "区内各类市场主体超过8万户，各部门每年出台的产业扶持、稳岗就业、科技创新等惠企政策超过200条。企业普遍反映政策“找不到、看不懂、不会报”，部分符合条件的企业错过申报期；政策兑现需企业重复提交营业执照、纳税证明等材料，审核周期长。\n\n需利用大数据技术对政策条款进行结构化拆解，结合企业登记、纳税、社保、知识产权等数据构建企业画像，实现政策与企业的智能匹配、主动推送，推动部分政策“免申即享”。",
    goals:
      "完成不少于300条政策的结构化拆解，构建不少于500个企业标签，政策匹配准确率≥90%，覆盖全区规上企业和科技型中小企业。\n\n实现“免申即享”政策不少于20项，政策兑现平均周期缩短50%以上，企业满意度≥95%。",
    eligibility:
      "具备大数据分析、自然语言处理及政务服务系统开发能力，近三年有惠企政策服务或企业画像类项目案例，熟悉财政资金兑现及政务数据共享业务流程。",
    indicativeInvestmentYuan: 1200000,
    maxWinners: 1,
    contactName: "谢工",
    contactPhone: "027-83926514",
    indicators: [
      {
        name: "政策结构化拆解数",
        target: "不少于300条",
        measurement: "平台数据核查",
        weight: 20,
        veto: false,
      },
      { name: "政策匹配准确率", target: "≥90%", measurement: "第三方检测报告", weight: 30, veto: false },
      { name: "免申即享政策数", target: "不少于20项", measurement: "现场核验", weight: 20, veto: false },
      { name: "兑现周期缩短", target: "≥50%", measurement: "业务系统数据抽查", weight: 15, veto: false },
      { name: "企业满意度", target: "≥95%", measurement: "第三方问卷调查", weight: 15, veto: false },
    ],
  },
  {
    title: "城市算力网络一体化调度与服务平台",
    domain: "cloud_computing",
    demandUnit: "东湖新技术开发区某算力运营企业",
    district: "东湖新技术开发区",
    scenarioNeed:
      "区内已建成人工智能计算中心、超算中心及多个商业数据中心，通用算力、智能算力和超算算力总规模持续扩大，但各中心独立运营，资源利用率差异大，部分智算资源使用率不足50%；同时大量中小企业、科研团队“找算力难、用算力贵”。\n\n需建设算力网络一体化调度与服务平台，实现多元异构算力资源的统一纳管、统一调度和统一计量，提供算力交易、模型训练、推理部署等一站式服务，构建“算力像水电一样即取即用”的服务体系。",
    goals:
      "- 纳管算力中心不少于5个，总算力规模不少于2000PFlops；\n- 支持不少于3种国产AI芯片的异构算力调度；\n- 跨中心任务调度响应时间≤1分钟，平台整体算力利用率提升至70%以上；\n- 服务企业及科研用户不少于300家。",
    eligibility:
      "具备云计算、算力调度及数据中心运营相关技术能力，拥有自主研发的算力调度或云管理平台；近三年有算力平台或大型云平台建设运营案例。",
    indicativeInvestmentYuan: 19800000,
    maxWinners: 1,
    contactName: "蒋工",
    contactPhone: "027-87590213",
    indicators: [
      {
        name: "纳管算力规模",
        target: "不少于2000PFlops",
        measurement: "平台数据核查",
        weight: 25,
        veto: false,
      },
      {
        name: "国产芯片适配种类",
        target: "不少于3种",
        measurement: "第三方检测报告",
        weight: 20,
        veto: false,
      },
      { name: "跨中心调度响应时间", target: "≤1分钟", measurement: "现场测试", weight: 20, veto: false },
      { name: "平台算力利用率", target: "≥70%", measurement: "系统运行日志抽查", weight: 20, veto: false },
      { name: "服务用户数", target: "不少于300家", measurement: "平台数据核查", weight: 15, veto: false },
    ],
  },
  {
    title: "政务云信创适配迁移与云原生改造",
    domain: "cloud_computing",
    demandUnit: "长江新区某政务信息化管理部门",
    district: "长江新区",
    scenarioNeed:
      "新区各部门现有政务信息系统约80个，分散部署在多个机房和不同云平台，部分系统仍运行在国外数据库和中间件上，软硬件老化、运维成本高、扩展性差，且存在供应链安全隐患。新区正在加快新型城市基础设施建设，对政务云资源弹性供给能力提出更高要求。\n\n需在国产化软硬件环境上开展政务系统适配迁移，推进重点业务系统微服务化、容器化改造，构建统一的政务云原生平台和多云管理能力，实现平滑迁移、业务不中断。",
    goals:
      "完成不少于50个政务信息系统的信创适配迁移，其中不少于10个系统完成云原生改造；迁移过程中核心业务中断时间≤30分钟。\n\n迁移后系统性能不低于原系统，资源利用率提升40%以上，年运维成本降低20%以上。",
    eligibility:
      "具备国产化软硬件适配、云原生及政务云运维能力，具有信息系统集成相关资质；近三年完成过不少于2个政务云迁移或信创改造项目，能够提供迁移期间的驻场保障。",
    indicativeInvestmentYuan: 13500000,
    maxWinners: 1,
    contactName: "韩工",
    contactPhone: "027-86204739",
    indicators: [
      { name: "迁移系统数量", target: "不少于50个", measurement: "现场核验", weight: 30, veto: false },
      { name: "云原生改造系统数", target: "不少于10个", measurement: "现场核验", weight: 20, veto: false },
      {
        name: "核心业务中断时间",
        target: "≤30分钟",
        measurement: "系统运行日志抽查",
        weight: 25,
        veto: false,
      },
      { name: "资源利用率提升", target: "≥40%", measurement: "平台监控数据核查", weight: 25, veto: false },
    ],
  },
  {
    title: "云边协同的农业遥感与智慧种植服务平台",
    domain: "cloud_computing",
    demandUnit: "黄陂区某现代农业产业园",
    district: "黄陂区",
    scenarioNeed:
      "产业园种植水稻、茶叶、蔬菜等作物约5万亩，涉及家庭农场、合作社300余家。园区已布设部分气象站、土壤墒情传感器和视频监控，但数据分散、未上云，且丘陵山区网络条件不稳定；农户施肥、灌溉、病虫害防治主要凭经验，农药化肥投入偏高。\n\n需建设云边协同的农业遥感与智慧种植服务平台，在田间部署边缘计算节点，云端开展卫星及无人机遥感影像分析和作物模型计算，为农户提供长势监测、病虫害预警和精准农事建议。",
    goals:
      "- 部署边缘计算节点不少于30个，断网情况下边缘端可独立运行不少于72小时；\n- 作物长势遥感监测覆盖面积不少于5万亩，更新周期≤7天；\n- 病虫害预警准确率≥85%；\n- 示范区化肥农药使用量减少10%以上，亩均增收不少于150元。",
    eligibility:
      "具备云计算、边缘计算及农业遥感技术能力，近三年有智慧农业或农业遥感平台建设案例；须提供面向农户的操作培训和不少于2年的运维服务。",
    indicativeInvestmentYuan: 2800000,
    maxWinners: 2,
    contactName: "潘老师",
    contactPhone: "027-85216840",
    indicators: [
      { name: "边缘计算节点数量", target: "不少于30个", measurement: "现场核验", weight: 20, veto: false },
      {
        name: "遥感监测覆盖面积",
        target: "不少于5万亩",
        measurement: "平台数据核查",
        weight: 20,
        veto: false,
      },
      { name: "病虫害预警准确率", target: "≥85%", measurement: "田间实测比对", weight: 30, veto: false },
      { name: "化肥农药减量", target: "≥10%", measurement: "第三方评估报告", weight: 30, veto: false },
    ],
  },
  {
    title: "区域医学影像云与云端AI辅助诊断服务",
    domain: "cloud_computing",
    demandUnit: "洪山区某区域医疗中心",
    district: "洪山区",
    scenarioNeed:
      "区内有二级以上医院6家、社区卫生服务中心20余家，基层影像设备逐步普及，但缺乏专业影像诊断医生，影像报告质量参差不齐；患者转诊时影像资料需重复拍摄，检查结果互认困难。各医院影像归档和通信系统(PACS)独立建设，存储扩容成本高。\n\n需建设区域医学影像云平台，实现影像数据集中云存储、跨机构调阅和检查结果互认，依托云端AI提供肺结节、骨折、脑卒中等辅助诊断服务，构建“基层检查、上级诊断”的远程影像服务模式。",
    goals:
      "接入医疗机构不少于25家，影像存储容量不少于2PB，影像跨机构调阅时间≤3秒。\n\n云端AI辅助诊断覆盖不少于5类常见病种，敏感度≥90%；基层影像报告平均出具时间缩短至2小时以内，区域内检查结果互认率≥80%。",
    eligibility:
      "具备医疗云平台建设和运维能力，AI辅助诊断产品须取得医疗器械注册证；近三年有区域医学影像或远程医疗平台项目业绩，符合医疗数据安全有关要求。",
    indicativeInvestmentYuan: 5200000,
    maxWinners: 1,
    contactName: "傅老师",
    contactPhone: "027-87436091",
    indicators: [
      { name: "接入医疗机构数", target: "不少于25家", measurement: "平台数据核查", weight: 20, veto: false },
      { name: "影像调阅时间", target: "≤3秒", measurement: "现场测试", weight: 20, veto: false },
      { name: "AI辅助诊断敏感度", target: "≥90%", measurement: "第三方检测报告", weight: 35, veto: false },
      { name: "检查结果互认率", target: "≥80%", measurement: "业务数据抽查", weight: 25, veto: false },
    ],
  },
  {
    title: "智能网联汽车城市开放道路测试评价体系",
    domain: "other",
    demandUnit: "武汉经济技术开发区某智能网联汽车测试机构",
    district: "武汉经济技术开发区",
    scenarioNeed:
      "区内已开放智能网联汽车测试道路超过500公里，聚集自动驾驶研发企业20余家，自动驾驶出租车、无人配送车、自动驾驶公交等车辆开展常态化测试。现有测试评价以封闭场地测试为主，开放道路测试数据分散在各企业，缺少统一的场景库、评价指标和监管手段，难以科学评估车辆在复杂城市交通环境中的安全水平。\n\n需建设面向城市开放道路的测试评价体系，构建本地化典型场景库，开发测试数据采集与安全评价平台，实现对测试车辆的远程监管。",
    goals:
      "- 构建本地化测试场景库，典型场景不少于1000个；\n- 测试监管平台接入测试车辆不少于300辆，车辆数据上报时延≤1秒；\n- 形成不少于3项开放道路测试评价技术规范；\n- 基于平台完成不少于10家企业的测试评价服务。",
    eligibility:
      "具备智能网联汽车测试评价或自动驾驶仿真相关技术能力，熟悉国家智能网联汽车道路测试与示范应用管理规范；近三年有相关测试场或测试平台建设经验。",
    indicativeInvestmentYuan: 10500000,
    maxWinners: 1,
    contactName: "钟工",
    contactPhone: "027-84561392",
    indicators: [
      { name: "典型场景数量", target: "不少于1000个", measurement: "场景库核查", weight: 25, veto: false },
      { name: "接入测试车辆数", target: "不少于300辆", measurement: "平台数据核查", weight: 25, veto: false },
      { name: "数据上报时延", target: "≤1秒", measurement: "现场测试", weight: 20, veto: false },
      { name: "技术规范数", target: "不少于3项", measurement: "专家评审", weight: 15, veto: false },
      { name: "服务企业数", target: "不少于10家", measurement: "服务合同核查", weight: 15, veto: false },
    ],
  },
  {
    title: "主干路网交通信号自适应协同优化",
    domain: "other",
    demandUnit: "汉阳区某交通管理部门",
    district: "汉阳区",
    scenarioNeed:
      "辖区主干道早晚高峰拥堵明显，部分路口高峰时段平均排队长度超过300米。现有信号控制以固定配时和人工调整为主，难以适应交通流的实时变化；相邻路口之间缺少协调，车辆“逢灯必停”现象突出。辖区已建有部分电子警察、卡口和雷达检测设备，但数据未充分用于信号控制。\n\n需利用多源交通感知数据和人工智能算法，建设交通信号自适应协同优化系统，实现单点自适应控制、干线绿波协调和区域协同优化，并提供配时方案效果评估。",
    goals:
      "系统接入信号控制路口不少于150个；优化区域高峰时段平均车速提升10%以上，平均延误下降15%以上，主干道停车次数下降20%以上。\n\n配时方案可根据交通流变化自动生成，方案生成时间≤5分钟，系统全年可用率≥99.9%。",
    eligibility:
      "具备交通信号控制或智能交通系统研发能力，拥有自主知识产权的信号优化算法；近三年有城市级交通信号优化项目业绩，能够兼容主流信号机品牌。",
    indicativeInvestmentYuan: 7800000,
    maxWinners: 1,
    contactName: "蔡工",
    contactPhone: "027-84653017",
    indicators: [
      { name: "接入路口数量", target: "不少于150个", measurement: "现场核验", weight: 15, veto: false },
      { name: "高峰平均车速提升", target: "≥10%", measurement: "第三方评估报告", weight: 30, veto: false },
      { name: "平均延误下降", target: "≥15%", measurement: "第三方评估报告", weight: 30, veto: false },
      { name: "系统可用率", target: "≥99.9%", measurement: "系统运行日志抽查", weight: 25, veto: false },
    ],
  },
  {
    title: "景区绿道无人驾驶接驳与智能巡护服务",
    domain: "other",
    demandUnit: "某湖泊景区管理服务单位",
    district: "东湖生态旅游风景区",
    scenarioNeed:
      "景区绿道串联多个景点，游客步行游览距离长，老人、儿童游览体验受限；现有观光车线路固定、班次少，节假日候车时间超过40分钟。景区山林、湿地面积大，生态巡护和安全巡查依赖人工，夜间巡查覆盖不足。\n\n需在景区指定道路开展低速无人驾驶接驳车和无人巡逻车示范运营，提供招手即停、预约乘车等接驳服务，同时利用无人巡逻车搭载视频和环境传感器，开展安全巡查、违规行为识别和生态环境监测。",
    goals:
      "- 投放低速无人驾驶接驳车不少于10辆、无人巡逻车不少于4辆；\n- 示范运营累计里程不少于5万公里，运营期间不发生责任安全事故；\n- 游客平均候车时间≤10分钟；\n- 巡逻车违规行为识别准确率≥90%，夜间巡查覆盖率达到100%。",
    eligibility:
      "具备低速自动驾驶车辆研发或运营能力，车辆符合相关技术标准并具有开放道路测试或示范运营经历；须购买足额保险并制定应急处置预案。",
    indicativeInvestmentYuan: 3200000,
    maxWinners: 1,
    contactName: "马工",
    contactPhone: "027-87780625",
    indicators: [
      { name: "投放车辆数量", target: "不少于14辆", measurement: "现场核验", weight: 20, veto: false },
      { name: "累计运营里程", target: "不少于5万公里", measurement: "运营数据核查", weight: 25, veto: false },
      {
        name: "游客平均候车时间",
        target: "≤10分钟",
        measurement: "系统运行日志抽查",
        weight: 25,
        veto: false,
      },
      { name: "违规行为识别准确率", target: "≥90%", measurement: "现场测试", weight: 30, veto: false },
      { name: "责任安全事故", target: "零发生", measurement: "事故记录核查", weight: 0, veto: true },
    ],
  },
  {
    title: "北斗智能农机作业监测与农事服务应用",
    domain: "other",
    demandUnit: "新洲区某农业社会化服务组织",
    district: "新洲区",
    scenarioNeed:
      "区内农机合作社和农机大户超过400家，拖拉机、插秧机、收割机、植保无人机等农机保有量较大。当前农机作业面积统计依赖人工上报，深松、秸秆还田等补贴作业核查难、易虚报；农机跨区调度靠电话联系，农忙季节供需对接效率低。\n\n需基于北斗高精度定位和物联网技术，为农机加装智能终端，建设农机作业监测与农事服务平台，实现作业面积和质量自动核算、补贴作业在线核验和农机供需智能调度。",
    goals:
      "安装北斗智能终端的农机不少于1000台，作业轨迹定位精度≤10厘米；作业面积自动核算误差≤3%，深松作业深度合格判定准确率≥95%。\n\n农忙季节农机供需对接平均时长缩短50%以上，补贴作业核查人工工作量减少70%以上。",
    eligibility:
      "具备北斗高精度定位、农机智能终端研发及农业信息化平台建设能力，终端产品通过相关检验检测；近三年有农机作业监测或农机信息化类项目案例。",
    indicativeInvestmentYuan: 2500000,
    maxWinners: 3,
    contactName: "田工",
    contactPhone: "027-89320417",
    indicators: [
      { name: "安装终端农机数", target: "不少于1000台", measurement: "现场抽查", weight: 20, veto: false },
      { name: "作业面积核算误差", target: "≤3%", measurement: "现场测试", weight: 30, veto: false },
      { name: "深松深度判定准确率", target: "≥95%", measurement: "现场测试", weight: 25, veto: false },
      { name: "供需对接时长缩短", target: "≥50%", measurement: "平台数据核查", weight: 25, veto: false },
    ],
  },
];
