"""Demo translations into Vietnamese: English source segment -> translation.

Keys are exact wagtail-localize segments (see cms/demo/translations/__init__.py).
"""

STRINGS = {
    # page: home
    "Riverside Police Department": "Sở Cảnh sát Riverside",
    "home": "trang-chu",
    (
        "How the Riverside Police Department uses technology, what we achieve with our "
        "neighbors, and straight answers to your questions."
    ): (
        "Cách Sở Cảnh sát Riverside sử dụng công nghệ, những gì chúng tôi cùng bà con "
        "hàng xóm đạt được, và câu trả lời thẳng thắn cho các thắc mắc của quý vị."
    ),
    (
        "We serve about 120,000 residents. This site explains our policies in plain "
        "language, lists every surveillance technology we use and what it may and may "
        "not be used for, and shares what we have achieved with the community."
    ): (
        "Chúng tôi phục vụ khoảng 120.000 cư dân. Trang này giải thích các chính sách "
        "của chúng tôi bằng ngôn ngữ dễ hiểu, liệt kê mọi công nghệ giám sát chúng tôi "
        "sử dụng cùng những việc được phép và không được phép dùng chúng, và chia sẻ "
        "những gì chúng tôi đã đạt được cùng cộng đồng."
    ),
    "Our commitments": "Cam kết của chúng tôi",
    (
        "We publish every policy that governs a surveillance technology <b>before</b> "
        "we use it, and we ask the public for comments on new ones."
    ): (
        "Chúng tôi công bố mọi chính sách quy định một công nghệ giám sát <b>trước "
        "khi</b> sử dụng nó, và xin ý kiến công chúng về các chính sách mới."
    ),
    (
        "Each technology in our registry lists what it collects, how long we keep the "
        "data, who we share it with and the results of independent audits."
    ): (
        "Mỗi công nghệ trong danh mục của chúng tôi đều ghi rõ thu thập dữ liệu gì, "
        "lưu giữ dữ liệu bao lâu, chia sẻ với ai và kết quả các cuộc kiểm toán độc lập."
    ),
    "Read our policies": "Đọc các chính sách của chúng tôi",
    "Questions and answers": "Hỏi và đáp",
    "Non-emergency line": "Đường dây không khẩn cấp",
    "(555) 010-4400": "(555) 010-4400",
    "records@riversidepd.example": "records@riversidepd.example",
    "Monday to Friday, 8 a.m. to 5 p.m.": (
        "Thứ Hai đến thứ Sáu, từ 8 giờ sáng đến 5 giờ chiều"
    ),
    "In an emergency, call 911.": "Trong trường hợp khẩn cấp, hãy gọi 911.",
    # page: policies
    "Policies": "Chính sách",
    "policies": "chinh-sach",
    (
        "The rules our officers and staff follow, starting with the policies for each "
        "technology we use."
    ): (
        "Những quy định mà cảnh sát viên và nhân viên của chúng tôi phải tuân theo, "
        "bắt đầu với chính sách cho từng công nghệ chúng tôi sử dụng."
    ),
    (
        "Every policy shows when it took effect, when it was last reviewed and who "
        "approved it. Drafts open for public comment are marked."
    ): (
        "Mỗi chính sách đều ghi rõ ngày có hiệu lực, lần xem xét gần nhất và ai đã phê "
        "duyệt. Các bản dự thảo đang lấy ý kiến công chúng đều được đánh dấu."
    ),
    # page: faqs
    "faqs": "cau-hoi-thuong-gap",
    (
        "Answers to the questions residents ask us most, about technology, privacy, "
        "reports and sharing information."
    ): (
        "Câu trả lời cho những câu hỏi cư dân thường hỏi nhất, về công nghệ, quyền "
        "riêng tư, biên bản và việc chia sẻ thông tin."
    ),
    "Can't find your question? Call our non-emergency line.": (
        "Không tìm thấy câu hỏi của quý vị? Hãy gọi đường dây không khẩn cấp của chúng "
        "tôi."
    ),
    # faq: facial-recognition
    "Does the department use facial recognition?": (
        "Sở cảnh sát có dùng công nghệ nhận dạng khuôn mặt không?"
    ),
    (
        "No. None of our cameras, including license-plate readers and body-worn "
        "cameras, use facial recognition."
    ): (
        "Không. Không camera nào của chúng tôi, kể cả máy đọc biển số xe và camera gắn "
        "trên người, sử dụng nhận dạng khuôn mặt."
    ),
    (
        "If we ever proposed it, we would publish a draft policy and hold a public "
        "comment period first."
    ): (
        "Nếu có lúc nào chúng tôi đề xuất dùng công nghệ này, chúng tôi sẽ công bố dự "
        "thảo chính sách và lấy ý kiến công chúng trước."
    ),
    # faq: plate-data-retention
    "How long do you keep license-plate reader data?": (
        "Dữ liệu từ máy đọc biển số xe được lưu giữ bao lâu?"
    ),
    (
        "30 days. After that the system deletes the data automatically, unless a "
        "record is part of a specific criminal investigation."
    ): (
        "30 ngày. Sau đó hệ thống tự động xóa dữ liệu, trừ khi một bản ghi thuộc về "
        "một cuộc điều tra hình sự cụ thể."
    ),
    # faq: immigration
    "Can immigration authorities see plate-reader data?": (
        "Cơ quan di trú có xem được dữ liệu đọc biển số xe không?"
    ),
    (
        "No. Our policy and state law prohibit using or sharing this data for "
        "immigration enforcement. We share only with the California agencies listed in "
        "our technology registry, and they must follow the same rules."
    ): (
        "Không. Chính sách của chúng tôi và luật tiểu bang cấm sử dụng hoặc chia sẻ dữ "
        "liệu này để thực thi luật di trú. Chúng tôi chỉ chia sẻ với các cơ quan của "
        "California có tên trong danh mục công nghệ, và họ phải tuân theo cùng các quy "
        "định."
    ),
    # faq: body-camera-recording
    "When do officers turn on their body-worn cameras?": (
        "Khi nào cảnh sát viên bật camera gắn trên người?"
    ),
    (
        "Officers start recording before they arrive at a call and keep recording "
        "during every stop, search, arrest and use of force."
    ): (
        "Cảnh sát viên bắt đầu ghi hình trước khi đến nơi được gọi và tiếp tục ghi "
        "trong mọi lần chặn xe, khám xét, bắt giữ và sử dụng vũ lực."
    ),
    (
        "They may pause only in the situations the policy lists, for example to "
        "protect the privacy of a victim who asks, and they must say why on the "
        "recording."
    ): (
        "Họ chỉ được tạm dừng trong những trường hợp chính sách liệt kê, ví dụ để bảo "
        "vệ quyền riêng tư của nạn nhân khi người đó yêu cầu, và phải nói rõ lý do "
        "trong đoạn ghi hình."
    ),
    # faq: must-share-footage
    "Do I have to give police my camera footage?": (
        "Tôi có bắt buộc phải đưa video camera của mình cho cảnh sát không?"
    ),
    (
        "No. Sharing footage is voluntary. An officer may ask, and you can say no or "
        "share only part of it. Only a court order can require it."
    ): (
        "Không. Việc chia sẻ video là tự nguyện. Cảnh sát viên có thể đề nghị, và quý "
        "vị có thể từ chối hoặc chỉ chia sẻ một phần. Chỉ lệnh của tòa án mới có thể "
        "bắt buộc."
    ),
    # faq: who-sees-footage
    "Who can see the footage I share?": "Ai có thể xem video tôi chia sẻ?",
    (
        "Only the detectives and staff working on the case, and the District Attorney "
        "and defense if the case goes to court."
    ): (
        "Chỉ các thám tử và nhân viên phụ trách vụ việc, cùng Văn phòng Biện lý và bên "
        "bào chữa nếu vụ việc được đưa ra tòa."
    ),
    "We do not post your footage online and we do not give it to companies.": (
        "Chúng tôi không đăng video của quý vị lên mạng và không đưa cho các công ty."
    ),
    # faq: post-online-first
    "Should I post a video of a crime on social media before sending it to you?": (
        "Tôi có nên đăng video về một vụ phạm tội lên mạng xã hội trước khi gửi cho "
        "cảnh sát không?"
    ),
    (
        "Please send it to us first. A public post can warn a suspect, lead to the "
        "wrong person being blamed and make the video harder to use in court."
    ): (
        "Xin hãy gửi cho chúng tôi trước. Một bài đăng công khai có thể báo động cho "
        "nghi phạm, khiến người vô tội bị đổ lỗi và làm video khó được dùng tại tòa "
        "hơn."
    ),
    "Never post images that show a victim or a child.": (
        "Tuyệt đối không đăng hình ảnh có nạn nhân hoặc trẻ em."
    ),
    # faq: anonymous-tips
    "Can I share information anonymously?": (
        "Tôi có thể chia sẻ thông tin ẩn danh không?"
    ),
    (
        "Yes. Use the anonymous tip form or text line. We remove identifying details "
        "before a tip reaches an officer, and you get a tip number to follow up "
        "without giving your name."
    ): (
        "Có. Hãy dùng mẫu báo tin ẩn danh hoặc đường dây nhắn tin. Chúng tôi xóa các "
        "chi tiết nhận dạng trước khi tin báo đến tay cảnh sát viên, và quý vị nhận "
        "được một mã số tin báo để theo dõi mà không cần cho biết tên."
    ),
    # faq: police-report-copy
    "How do I get a copy of a police report?": (
        "Làm thế nào để tôi nhận bản sao biên bản cảnh sát?"
    ),
    (
        "Ask the Records Unit by email or in person and give the case number. Victims "
        "get a copy free of charge. Some details may be removed to protect other "
        "people's privacy."
    ): (
        "Hãy liên hệ Ban Hồ sơ qua email hoặc trực tiếp và cung cấp số hồ sơ vụ việc. "
        "Nạn nhân được nhận bản sao miễn phí. Một số chi tiết có thể được xóa để bảo "
        "vệ quyền riêng tư của người khác."
    ),
    # faq: non-emergency
    "When should I call 911 and when the non-emergency line?": (
        "Khi nào tôi nên gọi 911 và khi nào gọi đường dây không khẩn cấp?"
    ),
    (
        "Call 911 when someone is in danger or a crime is happening now. For anything "
        "else, such as a theft you found in the morning, call the non-emergency line "
        "or report online."
    ): (
        "Hãy gọi 911 khi có người đang gặp nguy hiểm hoặc tội phạm đang xảy ra. Với "
        "các trường hợp khác, chẳng hạn một vụ trộm quý vị phát hiện vào buổi sáng, "
        "hãy gọi đường dây không khẩn cấp hoặc báo cáo trực tuyến."
    ),
    # faq: complaint
    "How do I file a complaint or thank an officer?": (
        "Làm thế nào để khiếu nại hoặc cảm ơn một cảnh sát viên?"
    ),
    (
        "Use the online form, call us or visit any station. You can also go to the "
        "Community Police Review Commission, which is independent of the department. "
        "Every complaint is logged and you will be told the outcome."
    ): (
        "Hãy dùng mẫu đơn trực tuyến, gọi điện cho chúng tôi hoặc đến bất kỳ đồn cảnh "
        "sát nào. Quý vị cũng có thể liên hệ Ủy ban Cộng đồng Giám sát Cảnh sát, một "
        "cơ quan độc lập với sở cảnh sát. Mọi khiếu nại đều được ghi lại và quý vị sẽ "
        "được thông báo kết quả."
    ),
    # faq: camera-registry
    "What is the voluntary camera registry?": (
        "Danh sách đăng ký camera tự nguyện là gì?"
    ),
    (
        "A list of homes and businesses that have security cameras and are willing to "
        "be contacted after a nearby crime. We cannot see your cameras remotely, and "
        "you can leave the registry at any time."
    ): (
        "Là danh sách các hộ gia đình và cơ sở kinh doanh có camera an ninh và sẵn "
        "lòng được liên lạc khi có vụ phạm tội gần đó. Chúng tôi không thể xem camera "
        "của quý vị từ xa, và quý vị có thể rút tên khỏi danh sách bất cứ lúc nào."
    ),
    # technology: license-plate-readers
    "Automated license-plate readers": "Máy đọc biển số xe tự động",
    "ClearRoad Systems": "ClearRoad Systems",
    (
        "Fixed cameras at 18 locations photograph the license plates of passing "
        "vehicles and check them against lists of stolen and wanted vehicles."
    ): (
        "Camera cố định tại 18 địa điểm chụp biển số các xe chạy qua và đối chiếu với "
        "danh sách xe bị đánh cắp và xe đang bị truy tìm."
    ),
    "License plate number and state": "Số biển số xe và tiểu bang",
    "Photo of the rear of the vehicle": "Ảnh chụp phía sau xe",
    "Date, time and camera location": "Ngày, giờ và vị trí camera",
    "Vehicle color, type and make when visible": (
        "Màu, loại và hiệu xe khi nhìn thấy được"
    ),
    "No facial recognition": "Không nhận dạng khuôn mặt",
    "No photos of drivers or passengers": "Không chụp ảnh tài xế hay hành khách",
    "No names, addresses or other registration details": (
        "Không thu thập tên, địa chỉ hay thông tin đăng ký xe khác"
    ),
    "No speed or traffic violations": "Không ghi tốc độ hay vi phạm giao thông",
    "Finding stolen vehicles and stolen license plates": (
        "Tìm xe và biển số xe bị đánh cắp"
    ),
    "Locating vehicles linked to an AMBER Alert or a missing person": (
        "Xác định vị trí xe liên quan đến Cảnh báo AMBER hoặc người mất tích"
    ),
    "Investigating a specific crime that has a case number": (
        "Điều tra một vụ phạm tội cụ thể đã có số hồ sơ"
    ),
    "Locating vehicles of people with a felony warrant": (
        "Xác định vị trí xe của người có lệnh bắt vì trọng tội"
    ),
    "Immigration enforcement": "Thực thi luật di trú",
    "Traffic or parking enforcement": "Xử phạt vi phạm giao thông hoặc đậu xe",
    "Monitoring protests, religious services or other lawful gatherings": (
        "Theo dõi các cuộc biểu tình, buổi lễ tôn giáo hoặc những cuộc tụ họp hợp pháp "
        "khác"
    ),
    (
        "Targeting anyone because of race, religion, gender or another protected "
        "characteristic"
    ): (
        "Nhắm vào bất kỳ ai vì chủng tộc, tôn giáo, giới tính hoặc một đặc điểm được "
        "pháp luật bảo vệ khác"
    ),
    "Personal use or harassment of any person": (
        "Sử dụng vì mục đích cá nhân hoặc để quấy rối bất kỳ ai"
    ),
    "Selling the data": "Bán dữ liệu",
    (
        "Only officers and crime analysts who have completed our plate-reader training "
        "may search the system. Each search must record a case number and a reason. "
        "The system logs the date and time, the plate searched, the user and the "
        "reason."
    ): (
        "Chỉ cảnh sát viên và chuyên viên phân tích tội phạm đã hoàn tất khóa huấn "
        "luyện về máy đọc biển số mới được tra cứu hệ thống. Mỗi lần tra cứu phải ghi "
        "số hồ sơ và lý do. Hệ thống lưu lại ngày giờ, biển số được tra cứu, người tra "
        "cứu và lý do."
    ),
    (
        "An alert is only a lead. Before stopping a vehicle, the officer must confirm "
        "by radio or computer that the plate is still listed and that the plate and "
        "state match the vehicle."
    ): (
        "Một cảnh báo chỉ là manh mối. Trước khi chặn xe, cảnh sát viên phải xác nhận "
        "qua bộ đàm hoặc máy tính rằng biển số vẫn còn trong danh sách và biển số cùng "
        "tiểu bang khớp với chiếc xe."
    ),
    "NCIC stolen vehicle and wanted person files": (
        "Hồ sơ xe bị đánh cắp và người bị truy nã của NCIC"
    ),
    "California stolen vehicle system": "Hệ thống xe bị đánh cắp của California",
    "AMBER Alert and Silver Alert lists": "Danh sách Cảnh báo AMBER và Cảnh báo Bạc",
    "Cedar County Sheriff's Office": "Văn phòng Cảnh sát trưởng Quận Cedar",
    "Cedar County, CA": "Quận Cedar, California",
    "Millbrook Police Department": "Sở Cảnh sát Millbrook",
    "Millbrook, CA": "Millbrook, California",
    "Cameras in service": "Camera đang hoạt động",
    "cameras": "camera",
    "Current": "Hiện tại",
    "Riverside PD technology unit": "Ban công nghệ của Sở Cảnh sát Riverside",
    "Vehicles detected": "Số xe được ghi nhận",
    "vehicles": "xe",
    "Last 30 days": "30 ngày qua",
    "Plate-reader system report": "Báo cáo của hệ thống đọc biển số",
    "Hotlist alerts": "Cảnh báo từ danh sách truy tìm",
    "alerts": "cảnh báo",
    "Searches by staff": "Lượt tra cứu của nhân viên",
    "searches": "lượt tra cứu",
    "Plate-reader search log": "Nhật ký tra cứu của hệ thống đọc biển số",
    "Office of the City Auditor": "Văn phòng Kiểm toán viên Thành phố",
    (
        "Checked 150 random searches from January to June 2026. 147 recorded a case "
        "number and a specific reason; three users who wrote only 'investigation' were "
        "retrained. No data older than 30 days was found."
    ): (
        "Đã kiểm tra ngẫu nhiên 150 lượt tra cứu từ tháng 1 đến tháng 6 năm 2026. 147 "
        "lượt có ghi số hồ sơ và lý do cụ thể; ba người dùng chỉ ghi 'điều tra' đã "
        "được huấn luyện lại. Không tìm thấy dữ liệu nào cũ hơn 30 ngày."
    ),
    # page: policy-license-plate-readers
    "License-plate readers": "Máy đọc biển số xe",
    "license-plate-readers": "may-doc-bien-so-xe",
    (
        "We use license-plate reader cameras only to find stolen cars, missing "
        "people and cars linked to serious crimes. We keep the data for 30 days. "
        "We never use it to enforce immigration law."
    ): (
        "Chúng tôi chỉ dùng camera đọc biển số xe để tìm xe bị đánh cắp, người mất "
        "tích và xe liên quan đến tội phạm nghiêm trọng. Chúng tôi lưu dữ liệu trong "
        "30 ngày và không bao giờ dùng để thực thi luật di trú."
    ),
    "462": "462",
    "462.1": "462.1",
    "Purpose": "Mục đích",
    (
        "This policy sets the rules for collecting, using, sharing and deleting data "
        "from automated license-plate readers."
    ): (
        "Chính sách này đặt ra quy định về việc thu thập, sử dụng, chia sẻ và xóa dữ "
        "liệu từ máy đọc biển số xe tự động."
    ),
    "462.2": "462.2",
    "Authorized uses": "Mục đích sử dụng được phép",
    (
        "Staff may use the system only to locate stolen vehicles, vehicles linked to "
        "an AMBER Alert or a missing person, and vehicles linked to a crime under "
        "investigation."
    ): (
        "Nhân viên chỉ được dùng hệ thống để xác định vị trí xe bị đánh cắp, xe liên "
        "quan đến Cảnh báo AMBER hoặc người mất tích, và xe liên quan đến một vụ phạm "
        "tội đang được điều tra."
    ),
    (
        "Using the system for immigration enforcement, traffic enforcement or to watch "
        "lawful gatherings is prohibited."
    ): (
        "Nghiêm cấm dùng hệ thống để thực thi luật di trú, xử phạt giao thông hoặc "
        "theo dõi các cuộc tụ họp hợp pháp."
    ),
    "462.3": "462.3",
    "Who may use the system": "Ai được sử dụng hệ thống",
    (
        "Only sworn officers and crime analysts who have completed the department's "
        "plate-reader training may search the data. Training is repeated every two "
        "years."
    ): (
        "Chỉ cảnh sát viên đã tuyên thệ và chuyên viên phân tích tội phạm đã hoàn tất "
        "khóa huấn luyện về máy đọc biển số của sở mới được tra cứu dữ liệu. Khóa huấn "
        "luyện được lặp lại hai năm một lần."
    ),
    "462.4": "462.4",
    "Monitoring and audits": "Giám sát và kiểm toán",
    (
        "Every search is logged with the date, time, user, plate and reason. The City "
        "Auditor reviews a random sample of searches twice a year, and we publish the "
        "results."
    ): (
        "Mỗi lượt tra cứu đều được ghi lại ngày, giờ, người tra cứu, biển số và lý do. "
        "Kiểm toán viên Thành phố xem xét một mẫu tra cứu ngẫu nhiên mỗi năm hai lần, "
        "và chúng tôi công bố kết quả."
    ),
    "462.5": "462.5",
    "Sharing": "Chia sẻ dữ liệu",
    (
        "We share plate data only with California law enforcement agencies that agree "
        "in writing to follow this policy. We never sell the data."
    ): (
        "Chúng tôi chỉ chia sẻ dữ liệu biển số với các cơ quan thực thi pháp luật của "
        "California đã cam kết bằng văn bản sẽ tuân theo chính sách này. Chúng tôi "
        "không bao giờ bán dữ liệu."
    ),
    "462.6": "462.6",
    "Custodian": "Người chịu trách nhiệm quản lý",
    (
        "The Technology Services Manager is the custodian of the system and is "
        "responsible for its security."
    ): (
        "Trưởng phòng Dịch vụ Công nghệ là người quản lý hệ thống và chịu trách nhiệm "
        "về an ninh của hệ thống."
    ),
    "462.7": "462.7",
    "Retention and destruction": "Lưu giữ và hủy dữ liệu",
    (
        "Data is deleted automatically after 30 days unless it is evidence in a "
        "criminal case."
    ): (
        "Dữ liệu được tự động xóa sau 30 ngày, trừ khi đó là bằng chứng trong một vụ "
        "án hình sự."
    ),
    (
        'Questions about plate readers? Read our <a id="a1">questions and '
        "answers</a> or call the non-emergency line."
    ): (
        'Có thắc mắc về máy đọc biển số? Hãy đọc phần <a id="a1">hỏi và đáp</a> của '
        "chúng tôi hoặc gọi đường dây không khẩn cấp."
    ),
    "A plate-reader camera at one of the 18 fixed locations.": (
        "Một camera đọc biển số tại một trong 18 địa điểm cố định."
    ),
    "Questions about plate readers": "Thắc mắc về máy đọc biển số",
    "Riverside City Council": "Hội đồng Thành phố Riverside",
    (
        "California Civil Code sections 1798.90.5 to 1798.90.55; California Government "
        "Code section 7284.6"
    ): (
        "Bộ luật Dân sự California, các điều 1798.90.5 đến 1798.90.55; Bộ luật Chính "
        "quyền California, điều 7284.6"
    ),
    "Adopted by the City Council after a 30-day public comment period.": (
        "Được Hội đồng Thành phố thông qua sau 30 ngày lấy ý kiến công chúng."
    ),
}
