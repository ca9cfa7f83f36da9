"""Demo pictures drawn with Pillow: a simple motif and a label, no stock photos."""

import io

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 675


def _font(size):
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow before 10.1 has one fixed-size bitmap font
        return ImageFont.load_default()


def _skyline(draw, fg):
    draw.rectangle((0, 520, WIDTH, HEIGHT), fill="#16324f")
    for x, w, h in ((80, 120, 260), (230, 90, 340), (350, 160, 220), (560, 110, 300)):
        draw.rectangle((x, 520 - h, x + w, 520), fill=fg)
    draw.arc((700, 420, 1150, 700), 180, 360, fill=fg, width=14)


def _camera(draw, fg):
    draw.rectangle((590, 200, 620, 600), fill="#cccccc")
    draw.rounded_rectangle((470, 150, 740, 250), radius=20, fill=fg)
    draw.ellipse((490, 170, 550, 230), fill="#222222")
    draw.rectangle((800, 480, 1040, 560), outline=fg, width=8)


def _badge(draw, fg):
    draw.rounded_rectangle((450, 150, 750, 520), radius=30, fill=fg)
    draw.ellipse((540, 240, 660, 360), fill="#111111")
    draw.ellipse((690, 180, 720, 210), fill="#d62828")


def _drone(draw, fg):
    draw.rectangle((520, 280, 680, 340), fill=fg)
    for cx, cy in ((440, 240), (760, 240), (440, 380), (760, 380)):
        draw.ellipse((cx - 70, cy - 18, cx + 70, cy + 18), outline=fg, width=8)
    for x in range(60, WIDTH, 140):
        draw.ellipse((x, 560, x + 110, 670), fill="#2d6a4f")


def _car(draw, fg):
    draw.rounded_rectangle((330, 360, 870, 520), radius=40, fill="#1d4e89")
    draw.polygon([(430, 360), (520, 270), (740, 270), (800, 360)], fill="#1d4e89")
    for cx in (450, 750):
        draw.ellipse((cx - 60, 470, cx + 60, 590), fill="#111111")
    draw.line([(540, 170), (590, 220), (680, 110)], fill=fg, width=22)


def _doorbell(draw, fg):
    draw.rectangle((300, 120, 560, 620), fill="#8b5e34")
    draw.rounded_rectangle((620, 250, 700, 430), radius=30, fill=fg)
    draw.ellipse((640, 275, 680, 315), fill="#222222")
    draw.polygon([(820, 280), (820, 420), (940, 350)], fill=fg)


def _trail(draw, fg):
    draw.polygon([(500, HEIGHT), (700, HEIGHT), (640, 300), (600, 300)], fill=fg)
    for x in (150, 300, 900, 1050):
        draw.polygon([(x, 520), (x - 80, 640), (x + 80, 640)], fill="#344e41")
    draw.rectangle((380, 330, 395, 560), fill="#6b4226")
    draw.polygon([(330, 360), (445, 360), (420, 460), (355, 460)], fill="#f77f00")


def _package(draw, fg):
    draw.rectangle((0, 500, WIDTH, HEIGHT), fill="#6c584c")
    draw.rectangle((450, 300, 750, 520), fill=fg)
    draw.rectangle((590, 300, 610, 520), fill="#bc6c25")


def _lights(draw, fg):
    for row, y in enumerate((120, 190)):
        draw.line([(0, y), (WIDTH, y + 40)], fill="#888888", width=3)
        for x in range(40 + row * 30, WIDTH, 90):
            draw.ellipse((x, y + x // 30 - 6, x + 24, y + x // 30 + 18), fill=fg)
    draw.rectangle((380, 430, 820, 460), fill="#dddddd")
    draw.rectangle((400, 460, 420, 600), fill="#dddddd")
    draw.rectangle((780, 460, 800, 600), fill="#dddddd")


def _star(draw, fg):
    draw.rounded_rectangle((400, 120, 800, 600), radius=24, fill="#5e3b1f")
    points = [
        (600, 200),
        (635, 300),
        (740, 300),
        (655, 360),
        (690, 460),
        (600, 400),
        (510, 460),
        (545, 360),
        (460, 300),
        (565, 300),
    ]
    draw.polygon(points, fill="#ffd166")


MOTIFS = {
    "skyline": _skyline,
    "camera": _camera,
    "badge": _badge,
    "drone": _drone,
    "car": _car,
    "doorbell": _doorbell,
    "trail": _trail,
    "package": _package,
    "lights": _lights,
    "star": _star,
}


def draw_png(motif, colors, label):
    """The PNG bytes of one demo picture."""
    background, foreground = colors
    picture = Image.new("RGB", (WIDTH, HEIGHT), background)
    draw = ImageDraw.Draw(picture)
    MOTIFS[motif](draw, foreground)
    draw.rectangle((0, 0, WIDTH, 90), fill="#00000088")
    draw.text((40, 20), label, fill="#ffffff", font=_font(48))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
