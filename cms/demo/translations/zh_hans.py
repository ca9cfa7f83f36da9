"""Demo translations into Simplified Chinese: English source segment -> translation.

Keys are exact wagtail-localize segments (see cms/demo/translations/__init__.py).
"""

STRINGS = {
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
}
