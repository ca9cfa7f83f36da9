"""Demo translations into Simplified Chinese: English source segment -> translation.

Keys are exact wagtail-localize segments (see cms/demo/translations/__init__.py).
"""

STRINGS = {
    # page: home
    "Riverside Police Department": "里弗赛德警察局",
    "home": "shouye",
    (
        "How the Riverside Police Department uses technology, what we achieve with our "
        "neighbors, and straight answers to your questions."
    ): (
        "里弗赛德警察局如何使用技术，我们与社区居民共同取得的成果，以及对您问题的直接回"
        "答。"
    ),
    (
        "We serve about 120,000 residents. This site explains our policies in plain "
        "language, lists every surveillance technology we use and what it may and may "
        "not be used for, and shares what we have achieved with the community."
    ): (
        "我们为约 12 万名居民服务。本网站用通俗易懂的语言解释我们的政策，列出我们使用的"
        "每一项监控技术及其允许和禁止的用途，并分享我们与社区共同取得的成果。"
    ),
    "Our commitments": "我们的承诺",
    (
        "We publish every policy that governs a surveillance technology <b>before</b> "
        "we use it, and we ask the public for comments on new ones."
    ): (
        "我们在使用任何监控技术<b>之前</b>都会公布管理该技术的政策，并就新政策征求公众"
        "意见。"
    ),
    (
        "Each technology in our registry lists what it collects, how long we keep the "
        "data, who we share it with and the results of independent audits."
    ): (
        "登记册中的每项技术都写明收集哪些数据、数据保存多久、与谁共享，以及独立审计的结"
        "果。"
    ),
    "Read our policies": "阅读我们的政策",
    "Questions and answers": "问题与解答",
    "Non-emergency line": "非紧急电话",
    "(555) 010-4400": "(555) 010-4400",
    "records@riversidepd.example": "records@riversidepd.example",
    "Monday to Friday, 8 a.m. to 5 p.m.": "周一至周五，上午 8 点至下午 5 点",
    "In an emergency, call 911.": "如遇紧急情况，请拨打 911。",
    # page: policies
    "Policies": "政策",
    "policies": "zhengce",
    (
        "The rules our officers and staff follow, starting with the policies for each "
        "technology we use."
    ): ("我们的警员和工作人员须遵守的规定，首先是我们所用每项技术的政策。"),
    (
        "Every policy shows when it took effect, when it was last reviewed and who "
        "approved it. Drafts open for public comment are marked."
    ): (
        "每项政策都注明生效日期、最近一次审查日期以及批准机构。正在征求公众意见的草案会"
        "特别标出。"
    ),
    # page: faqs
    "faqs": "changjian-wenti",
    (
        "Answers to the questions residents ask us most, about technology, privacy, "
        "reports and sharing information."
    ): ("解答居民最常问的问题，涉及技术、隐私、报告以及信息共享。"),
    "Can't find your question? Call our non-emergency line.": (
        "没有找到您的问题？请拨打我们的非紧急电话。"
    ),
    # faq: facial-recognition
    "Does the department use facial recognition?": "警察局使用人脸识别吗？",
    (
        "No. None of our cameras, including license-plate readers and body-worn "
        "cameras, use facial recognition."
    ): ("不使用。我们的所有摄像头，包括车牌识别器和随身摄像机，都不使用人脸识别。"),
    (
        "If we ever proposed it, we would publish a draft policy and hold a public "
        "comment period first."
    ): ("如果将来提议使用，我们会先公布政策草案并设立公众意见征询期。"),
    # faq: plate-data-retention
    "How long do you keep license-plate reader data?": "车牌识别数据保存多久？",
    (
        "30 days. After that the system deletes the data automatically, unless a "
        "record is part of a specific criminal investigation."
    ): ("30 天。之后系统会自动删除数据，除非某条记录属于某项具体的刑事调查。"),
    # faq: immigration
    "Can immigration authorities see plate-reader data?": (
        "移民执法部门能查看车牌识别数据吗？"
    ),
    (
        "No. Our policy and state law prohibit using or sharing this data for "
        "immigration enforcement. We share only with the California agencies listed in "
        "our technology registry, and they must follow the same rules."
    ): (
        "不能。我们的政策和州法律禁止将这些数据用于或共享于移民执法。我们只与技术登记册"
        "中列出的加州机构共享数据，而且这些机构必须遵守相同的规定。"
    ),
    # faq: body-camera-recording
    "When do officers turn on their body-worn cameras?": "警员什么时候打开随身摄像机？",
    (
        "Officers start recording before they arrive at a call and keep recording "
        "during every stop, search, arrest and use of force."
    ): (
        "警员在到达报警现场之前就开始录像，并在每次拦停、搜查、逮捕和使用武力的过程中持"
        "续录像。"
    ),
    (
        "They may pause only in the situations the policy lists, for example to "
        "protect the privacy of a victim who asks, and they must say why on the "
        "recording."
    ): (
        "只有在政策列明的情况下才可暂停录像，例如应受害人要求保护其隐私，而且必须在录像"
        "中说明暂停的原因。"
    ),
    # faq: must-share-footage
    "Do I have to give police my camera footage?": (
        "我必须把自家摄像头的录像交给警方吗？"
    ),
    (
        "No. Sharing footage is voluntary. An officer may ask, and you can say no or "
        "share only part of it. Only a court order can require it."
    ): (
        "不必。分享录像完全自愿。警员可能会向您提出请求，您可以拒绝，也可以只分享其中一"
        "部分。只有法院命令才能强制要求。"
    ),
    # faq: who-sees-footage
    "Who can see the footage I share?": "谁能看到我分享的录像？",
    (
        "Only the detectives and staff working on the case, and the District Attorney "
        "and defense if the case goes to court."
    ): (
        "只有负责该案件的警探和工作人员；如果案件进入法庭程序，还有地区检察官和辩护方。"
    ),
    "We do not post your footage online and we do not give it to companies.": (
        "我们不会把您的录像发布到网上，也不会提供给任何公司。"
    ),
    # faq: post-online-first
    "Should I post a video of a crime on social media before sending it to you?": (
        "我应该先把犯罪视频发到社交媒体上，再发给警方吗？"
    ),
    (
        "Please send it to us first. A public post can warn a suspect, lead to the "
        "wrong person being blamed and make the video harder to use in court."
    ): (
        "请先发给我们。公开发布可能会惊动嫌疑人，导致无辜的人被指责，还会使视频更难在法"
        "庭上使用。"
    ),
    "Never post images that show a victim or a child.": (
        "切勿发布显示受害人或儿童的图像。"
    ),
    # faq: anonymous-tips
    "Can I share information anonymously?": "我可以匿名提供信息吗？",
    (
        "Yes. Use the anonymous tip form or text line. We remove identifying details "
        "before a tip reaches an officer, and you get a tip number to follow up "
        "without giving your name."
    ): (
        "可以。请使用匿名举报表格或短信热线。举报转交警员之前，我们会删除可识别身份的信"
        "息；您会收到一个举报编号，无需留下姓名即可跟进。"
    ),
    # faq: police-report-copy
    "How do I get a copy of a police report?": "如何获取警方报告的副本？",
    (
        "Ask the Records Unit by email or in person and give the case number. Victims "
        "get a copy free of charge. Some details may be removed to protect other "
        "people's privacy."
    ): (
        "请通过电子邮件或亲自向档案科申请，并提供案件编号。受害人可免费获得副本。为保护"
        "他人隐私，部分信息可能会被删除。"
    ),
    # faq: non-emergency
    "When should I call 911 and when the non-emergency line?": (
        "什么时候拨打 911，什么时候拨打非紧急电话？"
    ),
    (
        "Call 911 when someone is in danger or a crime is happening now. For anything "
        "else, such as a theft you found in the morning, call the non-emergency line "
        "or report online."
    ): (
        "有人身处危险或犯罪正在发生时，请拨打 911。其他情况，例如早上发现东西被偷，请拨"
        "打非紧急电话或在网上报案。"
    ),
    # faq: complaint
    "How do I file a complaint or thank an officer?": "如何投诉或感谢警员？",
    (
        "Use the online form, call us or visit any station. You can also go to the "
        "Community Police Review Commission, which is independent of the department. "
        "Every complaint is logged and you will be told the outcome."
    ): (
        "您可以使用网上表格、打电话给我们或前往任何一个警署。您也可以联系独立于警察局的"
        "社区警务审查委员会。每一项投诉都会被记录，我们会告知您处理结果。"
    ),
    # faq: camera-registry
    "What is the voluntary camera registry?": "什么是自愿摄像头登记？",
    (
        "A list of homes and businesses that have security cameras and are willing to "
        "be contacted after a nearby crime. We cannot see your cameras remotely, and "
        "you can leave the registry at any time."
    ): (
        "这是一份装有安防摄像头、并愿意在附近发生犯罪后接受警方联系的住户和商户名单。我"
        "们无法远程查看您的摄像头，您也可以随时退出登记。"
    ),
    # technology: license-plate-readers
    "Automated license-plate readers": "自动车牌识别器",
    "ClearRoad Systems": "ClearRoad Systems",
    (
        "Fixed cameras at 18 locations photograph the license plates of passing "
        "vehicles and check them against lists of stolen and wanted vehicles."
    ): (
        "设在 18 个地点的固定摄像头拍摄过往车辆的车牌，并与被盗车辆和通缉车辆名单进行比"
        "对。"
    ),
    "License plate number and state": "车牌号码和所属州",
    "Photo of the rear of the vehicle": "车辆尾部照片",
    "Date, time and camera location": "日期、时间和摄像头位置",
    "Vehicle color, type and make when visible": "可见时记录车辆颜色、类型和品牌",
    "No facial recognition": "不进行人脸识别",
    "No photos of drivers or passengers": "不拍摄司机或乘客",
    "No names, addresses or other registration details": (
        "不收集姓名、地址或其他车辆登记信息"
    ),
    "No speed or traffic violations": "不记录车速或交通违规",
    "Finding stolen vehicles and stolen license plates": "寻找被盗车辆和被盗车牌",
    "Locating vehicles linked to an AMBER Alert or a missing person": (
        "查找与安珀警报或失踪人员有关的车辆"
    ),
    "Investigating a specific crime that has a case number": "调查已立案编号的具体犯罪",
    "Locating vehicles of people with a felony warrant": "查找被重罪通缉人员的车辆",
    "Immigration enforcement": "移民执法",
    "Traffic or parking enforcement": "交通或停车执法",
    "Monitoring protests, religious services or other lawful gatherings": (
        "监视抗议活动、宗教仪式或其他合法集会"
    ),
    (
        "Targeting anyone because of race, religion, gender or another protected "
        "characteristic"
    ): ("因种族、宗教、性别或其他受保护特征而针对任何人"),
    "Personal use or harassment of any person": "私人用途或骚扰任何人",
    "Selling the data": "出售数据",
    (
        "Only officers and crime analysts who have completed our plate-reader training "
        "may search the system. Each search must record a case number and a reason. "
        "The system logs the date and time, the plate searched, the user and the "
        "reason."
    ): (
        "只有完成车牌识别培训的警员和犯罪分析员才能查询系统。每次查询都必须填写案件编号"
        "和理由。系统会记录查询的日期和时间、所查车牌、查询人和理由。"
    ),
    (
        "An alert is only a lead. Before stopping a vehicle, the officer must confirm "
        "by radio or computer that the plate is still listed and that the plate and "
        "state match the vehicle."
    ): (
        "警报只是一条线索。拦停车辆之前，警员必须通过无线电或电脑确认该车牌仍在名单上，"
        "并且车牌号码和所属州与车辆相符。"
    ),
    "NCIC stolen vehicle and wanted person files": "NCIC 被盗车辆和通缉人员档案",
    "California stolen vehicle system": "加州被盗车辆系统",
    "AMBER Alert and Silver Alert lists": "安珀警报和银色警报名单",
    "Cedar County Sheriff's Office": "锡达县警长办公室",
    "Cedar County, CA": "加州锡达县",
    "Millbrook Police Department": "米尔布鲁克警察局",
    "Millbrook, CA": "加州米尔布鲁克",
    "Cameras in service": "在用摄像头",
    "cameras": "台摄像头",
    "Current": "当前",
    "Riverside PD technology unit": "里弗赛德警察局技术科",
    "Vehicles detected": "识别到的车辆",
    "vehicles": "辆",
    "Last 30 days": "过去 30 天",
    "Plate-reader system report": "车牌识别系统报告",
    "Hotlist alerts": "重点名单警报",
    "alerts": "次警报",
    "Searches by staff": "工作人员查询次数",
    "searches": "次查询",
    "Plate-reader search log": "车牌识别查询日志",
    "Office of the City Auditor": "市审计官办公室",
    (
        "Checked 150 random searches from January to June 2026. 147 recorded a case "
        "number and a specific reason; three users who wrote only 'investigation' were "
        "retrained. No data older than 30 days was found."
    ): (
        "随机抽查了 2026 年 1 月至 6 月的 150 次查询。其中 147 "
        '次填写了案件编号和具体理由；三名只填写"调查"的用户已重新接受培训。未发现超过'
        " 30 天的数据。"
    ),
    # page: policy-license-plate-readers
    "License-plate readers": "车牌识别器",
    "license-plate-readers": "chepai-shibieqi",
    (
        "We use license-plate reader cameras only to find stolen cars, missing "
        "people and cars linked to serious crimes. We keep the data for 30 days. "
        "We never use it to enforce immigration law."
    ): (
        "我们只用车牌识别摄像头寻找被盗车辆、失踪人员以及与严重犯罪有关的车辆。数据保存"
        " 30 天，绝不用于移民执法。"
    ),
    "462": "462",
    "462.1": "462.1",
    "Purpose": "目的",
    (
        "This policy sets the rules for collecting, using, sharing and deleting data "
        "from automated license-plate readers."
    ): ("本政策规定收集、使用、共享和删除自动车牌识别器数据的规则。"),
    "462.2": "462.2",
    "Authorized uses": "允许的用途",
    (
        "Staff may use the system only to locate stolen vehicles, vehicles linked to "
        "an AMBER Alert or a missing person, and vehicles linked to a crime under "
        "investigation."
    ): (
        "工作人员只能使用该系统查找被盗车辆、与安珀警报或失踪人员有关的车辆，以及与正在"
        "调查的犯罪有关的车辆。"
    ),
    (
        "Using the system for immigration enforcement, traffic enforcement or to watch "
        "lawful gatherings is prohibited."
    ): ("禁止将该系统用于移民执法、交通执法或监视合法集会。"),
    "462.3": "462.3",
    "Who may use the system": "谁可以使用该系统",
    (
        "Only sworn officers and crime analysts who have completed the department's "
        "plate-reader training may search the data. Training is repeated every two "
        "years."
    ): (
        "只有完成本局车牌识别培训的宣誓警员和犯罪分析员才能查询数据。培训每两年重复一次"
        "。"
    ),
    "462.4": "462.4",
    "Monitoring and audits": "监督与审计",
    (
        "Every search is logged with the date, time, user, plate and reason. The City "
        "Auditor reviews a random sample of searches twice a year, and we publish the "
        "results."
    ): (
        "每次查询都会记录日期、时间、查询人、车牌和理由。市审计官每年两次随机抽查查询记"
        "录，我们会公布审查结果。"
    ),
    "462.5": "462.5",
    "Sharing": "数据共享",
    (
        "We share plate data only with California law enforcement agencies that agree "
        "in writing to follow this policy. We never sell the data."
    ): ("我们只与书面同意遵守本政策的加州执法机构共享车牌数据。我们绝不出售数据。"),
    "462.6": "462.6",
    "Custodian": "数据保管人",
    (
        "The Technology Services Manager is the custodian of the system and is "
        "responsible for its security."
    ): ("技术服务经理是该系统的保管人，负责系统安全。"),
    "462.7": "462.7",
    "Retention and destruction": "保存与销毁",
    (
        "Data is deleted automatically after 30 days unless it is evidence in a "
        "criminal case."
    ): ("数据在 30 天后自动删除，除非它是刑事案件的证据。"),
    (
        'Questions about plate readers? Read our <a id="a1">questions and '
        "answers</a> or call the non-emergency line."
    ): (
        '对车牌识别器有疑问？请阅读我们的<a id="a1">问题与解答</a>，或拨打非紧急电话。'
    ),
    "A plate-reader camera at one of the 18 fixed locations.": (
        "设在 18 个固定地点之一的车牌识别摄像头。"
    ),
    "Questions about plate readers": "关于车牌识别器的问题",
    "Riverside City Council": "里弗赛德市议会",
    (
        "California Civil Code sections 1798.90.5 to 1798.90.55; California Government "
        "Code section 7284.6"
    ): (
        "《加州民法典》第 1798.90.5 条至第 1798.90.55 条；《加州政府法典》第 7284.6 条"
    ),
    "Adopted by the City Council after a 30-day public comment period.": (
        "经过 30 天的公众意见征询期后，由市议会通过。"
    ),
}
