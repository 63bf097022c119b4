/**
 * The self-assessment questionnaire: one question per sub-domain and level, in the product's own
 * words (the standard's text is copyrighted), Chinese and English. A sub-domain whose first
 * requirement belongs to a higher level has no questions below it: data, integration and security
 * start at level 2 (they presuppose systems to hold data), product services at level 3 (they
 * presuppose connected products). Ids are `<sub-domain>.L<level>` and never change meaning: stored
 * answers refer to them.
 */
import type { Level, SubDomainCode } from './cmmm-structure';

/** Raised when a question is reworded in a way that changes what an earlier answer meant. */
export const QUESTIONNAIRE_VERSION = 1;

export interface Question {
  id: string;
  subDomain: SubDomainCode;
  level: Level;
  text: { zh: string; en: string };
}

type Cell = readonly [zh: string, en: string] | null;

/** Levels 1 to 5 of each sub-domain; null where the level asks nothing of it. */
const TEXT: Record<SubDomainCode, readonly [Cell, Cell, Cell, Cell, Cell]> = {
  strategy: [
    [
      '企业是否已制定智能制造（数字化转型）规划，并明确了目标和负责人？',
      'Has the enterprise drawn up a smart-manufacturing (digital transformation) plan with stated goals and a person responsible?',
    ],
    [
      '规划是否已分解为年度任务和预算，由专门的部门或岗位推进并定期检查？',
      'Is the plan broken down into yearly tasks and budgets, driven by a dedicated team or role and reviewed regularly?',
    ],
    [
      '是否有跨部门的数字化协同机制，规划、投资和考核同时覆盖研发、生产、供应链和销售？',
      'Does a cross-department mechanism make planning, investment and performance review of digital work cover R&D, production, supply chain and sales together?',
    ],
    [
      '是否用数据和指标持续评估规划的实施效果，并据此调整战略和组织？',
      'Are the results of the plan measured continuously with data and indicators, and are strategy and organisation adjusted on that basis?',
    ],
    [
      '智能制造是否已成为企业的核心竞争力，并带动上下游企业或本行业开展数字化转型？',
      'Has smart manufacturing become a core strength of the enterprise that leads its suppliers, customers or industry in their own digital transformation?',
    ],
  ],
  skills: [
    [
      '是否明确了智能制造所需的关键岗位和技能，并开展过相关培训？',
      'Have the key roles and skills that smart manufacturing needs been identified, and has training in them taken place?',
    ],
    [
      '是否有系统的培训计划和技能认定，设备操作、编程和信息系统使用人员经考核后上岗？',
      'Is there a systematic training plan with skill certification, so that operators, programmers and system users start work only after an assessment?',
    ],
    [
      '是否有既懂工艺又懂信息技术的复合型团队，能自行实施系统集成和改进项目？',
      'Is there a team combining process and IT knowledge that can carry out integration and improvement projects on its own?',
    ],
    [
      '员工经验是否被沉淀为标准、模型或知识库并持续复用，关键岗位有人才梯队？',
      'Is staff know-how captured as standards, models or a knowledge base that is reused, with successors prepared for key roles?',
    ],
    [
      '企业人员是否参与行业标准制定，或对外提供智能制造方案和培训？',
      "Do the enterprise's people contribute to industry standards or provide smart-manufacturing solutions and training to others?",
    ],
  ],
  data: [
    null,
    [
      '订单、生产、质量和设备等关键数据是否按统一规范采集、记录和保存？',
      'Are key data (orders, production, quality, equipment) collected, recorded and kept to one common specification?',
    ],
    [
      '是否有统一的数据平台或主数据管理，各系统之间数据口径一致、可以共享？',
      'Is there a common data platform or master-data management, so that systems share data with the same definitions?',
    ],
    [
      '是否用数据分析模型对生产、质量或经营进行分析和预测，并据此决策？',
      'Are analytical models applied to the data to analyse and forecast production, quality or business results, and do decisions rely on them?',
    ],
    [
      '是否与供应链伙伴共享数据，并由数据形成新的业务或服务？',
      'Is data shared with supply-chain partners and turned into new business or services?',
    ],
  ],
  integration: [
    null,
    [
      '主要业务环节是否使用信息系统（如 ERP、MES、PLM），且系统选型和接口有书面规范？',
      'Do the main business steps run on information systems (such as ERP, MES, PLM), chosen and interfaced to a written specification?',
    ],
    [
      'ERP、MES、设计和设备控制等系统之间是否自动交换数据，无需人工重复录入？',
      'Do ERP, MES, design and equipment-control systems exchange data automatically, without anyone typing it in twice?',
    ],
    [
      '从订单到交付是否端到端集成，跨系统的业务流程能自动触发并持续优化？',
      'Is the path from order to delivery integrated end to end, with processes across systems triggered automatically and optimised continually?',
    ],
    [
      '企业系统是否与客户、供应商的系统互联互通、协同运作？',
      "Are the enterprise's systems connected to and working together with those of its customers and suppliers?",
    ],
  ],
  security: [
    null,
    [
      '是否有信息安全管理制度，对工业网络、系统账号和数据备份提出明确要求？',
      'Are there written information-security rules covering the industrial network, system accounts and data backups?',
    ],
    [
      '生产网络与办公网络是否隔离防护，关键系统有访问控制和安全审计？',
      'Is the production network separated and protected from the office network, with access control and security audits on key systems?',
    ],
    [
      '能否对工控系统和数据的安全风险实时监测、预警并应急处置？',
      'Can security risks to control systems and data be monitored in real time, with warnings and an emergency response?',
    ],
    [
      '信息安全防护是否达到行业领先水平，通过权威认证或对外提供安全能力？',
      'Is security protection at an industry-leading level, certified by a recognised body or offered as a capability to others?',
    ],
  ],
  equipment: [
    [
      '关键工序是否采用了数控或自动化设备？',
      'Do key process steps use CNC or otherwise automated equipment?',
    ],
    [
      '多数生产设备是否为数控设备，并能记录运行状态和加工参数？',
      'Is most production equipment digitally controlled, recording its running state and process parameters?',
    ],
    [
      '主要工序是否形成了自动化产线或单元（机器人、自动上下料、自动检测等）？',
      'Do automated lines or cells (robots, automatic loading, automatic inspection) cover the main process steps?',
    ],
    [
      '是否用数字孪生或仿真优化设备和产线，设备具备自诊断或自适应能力？',
      'Are digital twins or simulation used to optimise equipment and lines, and can the equipment diagnose or adapt itself?',
    ],
    [
      '关键装备是否为自主研发，或智能化水平在行业领先？',
      'Is the key equipment developed in-house, or at an industry-leading level of intelligence?',
    ],
  ],
  network: [
    [
      '工厂网络是否覆盖办公区和主要生产区域？',
      'Does the plant network cover the offices and the main production areas?',
    ],
    [
      '数控生产设备是否接入网络并采集运行数据？',
      'Is the digital production equipment connected to the network, with its running data collected?',
    ],
    [
      '是否几乎全部数控设备联网，网络的带宽、时延和可靠性满足生产系统要求？',
      'Is almost all digital equipment networked, on a network whose bandwidth, latency and reliability meet what production systems need?',
    ],
    [
      '是否采用工业互联网、5G 或时间敏感网络等技术，网络可按需配置并被监控？',
      'Are industrial internet, 5G or time-sensitive networking used, with the network configured on demand and monitored?',
    ],
    [
      '是否建成与供应链伙伴互联的工业互联网平台或标识解析应用？',
      'Has the enterprise built an industrial internet platform or identifier-resolution service shared with supply-chain partners?',
    ],
  ],
  product_design: [
    [
      '产品设计是否使用计算机辅助设计工具，并有设计评审流程？',
      'Is product design done with computer-aided design tools and a design review process?',
    ],
    [
      '是否使用三维设计和产品数据管理，图纸、物料清单和设计变更受控？',
      'Are 3D design and product data management used, with drawings, bills of materials and changes under control?',
    ],
    [
      '设计数据是否与工艺、采购和生产系统共享，设计与制造协同？',
      'Are design data shared with process planning, purchasing and production systems, so that design and manufacturing work together?',
    ],
    [
      '是否利用仿真、试验数据和用户反馈优化产品设计？',
      'Are simulation, test data and customer feedback used to optimise designs?',
    ],
    [
      '是否与客户或供应商开展基于模型的协同设计？',
      'Is model-based design done together with customers or suppliers?',
    ],
  ],
  process_design: [
    ['是否有书面的工艺文件和作业指导书？', 'Are there written process documents and work instructions?'],
    [
      '是否使用计算机辅助工艺设计，工艺参数和标准工时受控管理？',
      'Is computer-aided process planning used, with process parameters and standard times under control?',
    ],
    [
      '工艺文件是否由系统直接下发到车间和设备，并随设计变更自动更新？',
      'Are process documents sent by the system straight to the shop floor and machines, and updated automatically with design changes?',
    ],
    [
      '是否通过工艺仿真或数据分析持续优化工艺参数？',
      'Are process parameters optimised continually through process simulation or data analysis?',
    ],
    [
      '是否有工艺知识库，能自动生成或推荐工艺方案？',
      'Is there a process knowledge base that generates or recommends process plans automatically?',
    ],
  ],
  procurement: [
    ['是否有采购管理制度和合格供应商名录？', 'Are there purchasing rules and a list of approved suppliers?'],
    [
      '采购订单、到货和付款是否在信息系统中管理？',
      'Are purchase orders, deliveries and payments managed in an information system?',
    ],
    [
      '采购计划是否由系统根据生产计划和库存自动生成？',
      'Are purchase plans generated by the system from the production plan and stock levels?',
    ],
    [
      '是否用数据分析并优化供应商绩效和采购成本？',
      'Are supplier performance and purchasing costs analysed and optimised with data?',
    ],
    [
      '是否与主要供应商实时协同需求、库存和计划？',
      'Do demand, stock and plans flow in real time between the enterprise and its main suppliers?',
    ],
  ],
  planning: [
    [
      '是否根据订单编制生产计划，并跟踪计划完成情况？',
      'Are production plans drawn up from orders, and is their completion tracked?',
    ],
    [
      '生产计划和派工是否在信息系统中编制和下达？',
      'Are production plans and job dispatch prepared and released in an information system?',
    ],
    [
      '是否依据产能、物料和设备状态排程，并能实时调整？',
      'Is scheduling based on capacity, material and equipment status, and adjusted in real time?',
    ],
    [
      '是否应用高级排程或优化算法，自动应对插单和异常？',
      'Are advanced planning or optimisation algorithms used to absorb rush orders and disruptions automatically?',
    ],
    [
      '计划与调度是否与供应链上下游协同？',
      'Are planning and scheduling coordinated with upstream and downstream partners?',
    ],
  ],
  operations: [
    [
      '生产过程是否有作业记录，质量检验结果有记录、可追溯？',
      'Are production operations recorded, with inspection results on record and traceable?',
    ],
    [
      '是否通过制造执行系统或电子看板记录生产进度、质量和物料消耗？',
      'Are progress, quality and material use recorded through a manufacturing execution system or electronic boards?',
    ],
    [
      '是否自动采集生产全过程数据，实现产品质量追溯？',
      'Are data collected automatically across production, with full product traceability?',
    ],
    [
      '是否基于实时数据预测质量、控制过程并自动纠偏？',
      'Is quality predicted and the process controlled from real-time data, with automatic correction?',
    ],
    [
      '生产能否自组织、自适应地满足个性化定制？',
      'Can production organise and adapt itself to meet customised orders?',
    ],
  ],
  maintenance: [
    [
      '是否有完整的设备台账，记录每台设备的型号、投产时间和状态？',
      'Is there a complete equipment register recording the model, year commissioned and status of every machine?',
    ],
    [
      '设备是否按计划点检保养，超过设计年限的设备及时更新或评估？',
      'Is equipment inspected and maintained to plan, with machines past their design life renewed or assessed in time?',
    ],
    [
      '设备运行状态是否在线实时监控，维修和备件在系统中管理？',
      'Is the running state of equipment monitored online in real time, with repairs and spare parts managed in a system?',
    ],
    [
      '是否开展预测性维护，根据运行数据预判故障？',
      'Is predictive maintenance practised, anticipating failures from running data?',
    ],
    [
      '是否与设备厂商远程协同运维，优化设备全生命周期？',
      'Is equipment maintained remotely together with its makers, optimising its whole life cycle?',
    ],
  ],
  warehousing: [
    ['是否有出入库记录并定期盘点？', 'Are goods in and out recorded, with regular stocktakes?'],
    [
      '库存是否在信息系统中管理，物料有条码或统一编码？',
      'Is stock managed in an information system, with materials identified by barcode or a common code?',
    ],
    [
      '是否按生产计划自动配送物料到工位，仓储系统与生产系统集成？',
      'Are materials delivered to workstations automatically according to the plan, with warehouse and production systems integrated?',
    ],
    [
      '是否采用自动化立体库、AGV 等，并用数据优化库存和配送？',
      'Are automated storage, AGVs and the like in use, with stock and delivery optimised from data?',
    ],
    [
      '是否与供应商、客户共享库存并协同配送？',
      'Are stock levels shared and deliveries coordinated with suppliers and customers?',
    ],
  ],
  hse: [
    [
      '是否有安全生产和环境保护制度，并定期检查、留有记录？',
      'Are there safety and environmental rules, with regular inspections on record?',
    ],
    [
      '是否已淘汰或改造燃煤、燃油锅炉和柴油备用发电机等高污染设备？',
      'Have polluting units such as coal- or oil-fired boilers and diesel backup generators been retired or converted?',
    ],
    [
      '能耗、排放和安全风险是否在线监测，并与生产系统联动？',
      'Are energy use, emissions and safety risks monitored online and linked to production systems?',
    ],
    [
      '是否基于数据预测并降低安全和环境风险？',
      'Are safety and environmental risks predicted and reduced using data?',
    ],
    [
      '是否实现清洁生产和本质安全，并带动行业绿色发展？',
      'Has the enterprise achieved clean production and inherent safety, and does it lead green development in its industry?',
    ],
  ],
  energy: [
    ['是否按能源品种计量并记录能源消耗？', 'Is energy use metered and recorded by source?'],
    [
      '主要用能设备是否达到能效标准（如电机达到 IE3 及以上），并有节能管理制度？',
      'Does the main energy-using equipment meet efficiency standards (motors at IE3 or better, for instance), under written energy-saving rules?',
    ],
    [
      '是否有能源管理系统，在线采集和分析重点设备和车间的能耗？',
      'Is there an energy management system collecting and analysing the energy use of key equipment and workshops online?',
    ],
    [
      '是否依据能耗数据优化生产和设备运行，能源成本持续下降？',
      'Are production and equipment operation optimised from energy data, so that energy cost falls year after year?',
    ],
    [
      '是否实现能源智能调度和综合利用（如余热回收、光伏和储能）？',
      'Is energy dispatched intelligently and used comprehensively (waste-heat recovery, solar power, storage)?',
    ],
  ],
  logistics: [
    ['是否有运输计划和发运记录？', 'Are there transport plans and shipping records?'],
    [
      '运输订单、车辆和发运是否在信息系统中管理？',
      'Are transport orders, vehicles and shipments managed in an information system?',
    ],
    [
      '物流系统是否与销售和仓储系统集成，运输过程可实时跟踪？',
      'Is logistics integrated with the sales and warehouse systems, with shipments tracked in real time?',
    ],
    [
      '是否用数据优化运输路线和装载，降低物流成本？',
      'Are routes and loads optimised from data to lower logistics costs?',
    ],
    [
      '是否与物流伙伴协同，智能调度供应链物流？',
      'Is logistics across the supply chain dispatched intelligently together with logistics partners?',
    ],
  ],
  sales: [
    ['是否有销售计划和客户订单记录？', 'Are there sales plans and records of customer orders?'],
    [
      '销售订单和客户信息是否在信息系统中管理？',
      'Are sales orders and customer information managed in an information system?',
    ],
    [
      '销售系统是否与计划、生产和库存系统集成，能即时答复交期？',
      'Is sales integrated with planning, production and stock systems, so that delivery dates can be promised at once?',
    ],
    [
      '是否用数据预测市场需求，指导销售和生产？',
      'Is demand forecast from data to guide sales and production?',
    ],
    [
      '是否基于数据开展个性化营销或新的销售模式？',
      'Are personalised marketing or new sales models run on data?',
    ],
  ],
  customer_service: [
    [
      '是否有客户服务制度，记录客户投诉及处理结果？',
      'Are there customer-service rules, with complaints and their resolution on record?',
    ],
    [
      '客户服务请求是否在信息系统中受理、跟踪并闭环？',
      'Are service requests received, tracked and closed in an information system?',
    ],
    [
      '客户服务信息是否反馈到设计、质量和生产环节？',
      'Does service information flow back to design, quality and production?',
    ],
    [
      '是否基于客户数据分析主动提供服务，提升满意度？',
      'Is service offered proactively from analysis of customer data, raising satisfaction?',
    ],
    [
      '是否有客户参与的协同创新或服务平台？',
      'Is there a platform on which customers take part in innovation or service?',
    ],
  ],
  product_service: [
    null,
    null,
    [
      '产品是否具备数据采集或联网功能，可远程获取运行状态？',
      'Do the products collect data or connect to a network, so that their running state can be read remotely?',
    ],
    [
      '是否基于产品运行数据提供远程运维、预测性维护等增值服务？',
      'Are value-added services such as remote or predictive maintenance offered from product data?',
    ],
    [
      '是否由产品数据形成服务型制造或新的商业模式？',
      'Have product data given rise to service-based manufacturing or new business models?',
    ],
  ],
};

export const questionId = (subDomain: SubDomainCode, level: Level) => `${subDomain}.L${level}`;

export const QUESTIONS: readonly Question[] = (
  Object.entries(TEXT) as [SubDomainCode, readonly Cell[]][]
).flatMap(([subDomain, cells]) =>
  cells.flatMap((cell, i): Question[] => {
    if (!cell) return [];
    const level = (i + 1) as Level;
    return [{ id: questionId(subDomain, level), subDomain, level, text: { zh: cell[0], en: cell[1] } }];
  }),
);

export const QUESTION_IDS = QUESTIONS.map((q) => q.id) as [string, ...string[]];

const BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));

export function questionById(id: string): Question | undefined {
  return BY_ID.get(id);
}
