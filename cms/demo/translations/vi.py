"""Demo translations into Vietnamese: English source segment -> translation.

Keys are exact wagtail-localize segments (see cms/demo/translations/__init__.py).
"""

STRINGS = {
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
}
