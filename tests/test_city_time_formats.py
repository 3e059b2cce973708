"""A clock told in a city's or a country's time (language data ``city_time_formats``, filled at load with every
zone city and zone country CLDR names in the language): the clock is read in that place's zone, by its offsets
from UTC, so it is one moment with the GMT clock its offset gives and not with one an hour either side."""
import pytest

from story_helpers import clock_at, judge_clocks

_at, _judge = clock_at, judge_clocks


def _gmt(clock):
    return _at("a", "en", clock, clock, f"It began at {clock} GMT.")


def _shift(clock, minutes):
    h, m = map(int, clock.split(":"))
    total = (h * 60 + m + minutes) % (24 * 60)
    return f"{total // 60:02d}:{total % 60:02d}"


# Moscow, Türkiye and Qatar keep UTC+3, Dubai UTC+4, India UTC+5:30, Tokyo and Japan UTC+9, all year
@pytest.mark.parametrize("lang,sentence,text,value,gmt", [
    ("az", "Mərasim Türkiyə vaxtı ilə saat 10:00-da başlayıb.", "10:00", "10:00", "07:00"),
    ("en", "The ceremony began at 10:00 Turkish time.", "10:00", "10:00", "07:00"),  # ``zone_demonyms``
    ("en", "The train arrived at 14:30 Indian time.", "14:30", "14:30", "09:00"),
    ("de", "Die Zeremonie begann um 10 Uhr türkischer Zeit.", "10 Uhr", "10:00", "07:00"),  # the genitive adjective
    ("de", "Der Zug kam um 18.30 Uhr Dubaier Zeit an.", "18.30 Uhr", "18:30", "14:30"),  # a city's adjective
    ("az", "Qatar Tokyo vaxtı ilə saat 18:30-da stansiyaya çatıb.", "18:30", "18:30", "09:30"),
    ("bn", "অনুষ্ঠানটি জাপান সময় সন্ধ্যা ৭টায় শুরু হয়।", "সন্ধ্যা ৭টায়", "19:00", "10:00"),
    ("bn", "উদ্বোধনী অনুষ্ঠান দুবাই সময় রাত ৯টায় শুরু হয়।", "রাত ৯টায়", "21:00", "17:00"),
    ("ca", "La cerimònia va començar a les 15.00, hora de Moscou.", "15.00", "15:00", "12:00"),
    ("ca", "El tren va arribar a les 9.05, hora d'Istanbul.", "9.05", "09:05", "06:05"),  # "de" elided
    ("fa", "مراسم ساعت ۱۵:۰۰ به وقت مسکو آغاز شد.", "۱۵:۰۰", "15:00", "12:00"),
    ("fa", "قطار ساعت ۱۸:۳۰ به وقت دبی به ایستگاه رسید.", "۱۸:۳۰", "18:30", "14:30"),
    ("gl", "A cerimonia comezou ás 15.00, hora de Moscova.", "15.00", "15:00", "12:00"),
    ("gl", "O tren chegou ás 10.00, hora de Turquía.", "10.00", "10:00", "07:00"),
    ("he", "הטקס החל בשעה 15:00 לפי שעון מוסקבה.", "15:00", "15:00", "12:00"),
    ("he", "הרכבת הגיעה ב-18:30 שעון דובאי.", "18:30", "18:30", "14:30"),
    ("hi", "उड़ान दुबई समयानुसार शाम 6:30 बजे रवाना हुई।", "शाम 6:30 बजे", "18:30", "14:30"),
    ("hi", "समारोह मॉस्को समय के अनुसार दोपहर 3 बजे शुरू हुआ।", "दोपहर 3 बजे", "15:00", "12:00"),
    ("id", "Upacara dimulai pukul 15.00 waktu Moskwa.", "15.00", "15:00", "12:00"),
    ("id", "Peluncuran roket dijadwalkan pukul 17.30 waktu India.", "17.30", "17:30", "12:00"),
    ("kk", "Салтанат Мәскеу уақытымен сағат 15:00-де басталды.", "15:00", "15:00", "12:00"),
    ("kk", "Пойыз Түркия уақыты бойынша 18:30-да келді.", "18:30", "18:30", "15:30"),
    # Mexico's central time keeps UTC-6 all year (es "tiempo del centro de México", a supplement row)
    ("es", "El informe se publicó a las 9:00 horas, tiempo del centro de México.", "9:00 horas", "09:00", "15:00"),
    # ru declines the place: its rows are its own (Astana and Tashkent UTC+5, Baku UTC+4)
    ("ru", "Совещание открылось в 11:00 по времени Астаны.", "11:00", "11:00", "06:00"),
    ("ru", "Поезд прибыл в 18:30 по бакинскому времени.", "18:30", "18:30", "14:30"),
    ("ko", "기념식은 모스크바 시간 오후 3시에 시작됐다.", "오후 3시", "15:00", "12:00"),
    ("ko", "열차는 두바이시간 오후 6시 30분에 도착했다.", "오후 6시 30분", "18:30", "14:30"),
    ("ml", "ചടങ്ങ് ഖത്തർ സമയം വൈകിട്ട് 6.30ന് ആരംഭിച്ചു.", "വൈകിട്ട് 6.30ന്", "18:30", "15:30"),
    ("ml", "ചടങ്ങ് ദുബായ് സമയം രാത്രി 8 മണിക്ക് ആരംഭിച്ചു.", "രാത്രി 8 മണിക്ക്", "20:00", "16:00"),
    ("ms", "Majlis itu bermula pada pukul 3 petang waktu Moscow.", "3 petang", "15:00", "12:00"),
    ("ms", "Kereta api tiba pada pukul 6.30 petang waktu Dubai.", "6.30 petang", "18:30", "14:30"),
    ("ne", "समारोह दुबही समयअनुसार साँझ ६:३० बजे सुरु भयो।", "साँझ ६:३० बजे", "18:30", "14:30"),
    ("ne", "समारोह जापान समय अनुसार बेलुका ७ बजे सुरु भयो।", "बेलुका ७ बजे", "19:00", "10:00"),
    ("sw", "Sherehe ilianza saa 15:00 saa za Moscow.", "15:00", "15:00", "12:00"),
    ("sw", "Treni iliwasili saa 18:30 kwa saa za Dubai.", "18:30", "18:30", "14:30"),
    ("ta", "விழா துபாய் நேரப்படி மாலை 6.30 மணிக்கு தொடங்கியது.", "மாலை 6.30 மணிக்கு", "18:30", "14:30"),
    ("ta", "விழா ஜப்பான் நேரப்படி இரவு 9 மணிக்கு தொடங்கியது.", "இரவு 9 மணிக்கு", "21:00", "12:00"),
    ("te", "వేడుక దుబాయి కాలమానం ప్రకారం సాయంత్రం 6:30 గంటలకు ప్రారంభమైంది.", "సాయంత్రం 6:30 గంటలకు", "18:30",
     "14:30"),
    ("te", "వేడుక జపాన్ కాలమానం ప్రకారం రాత్రి 9 గంటలకు ప్రారంభమైంది.", "రాత్రి 9 గంటలకు", "21:00", "12:00"),
    ("th", "พิธีเริ่มเวลา 18.30 น. ตามเวลาดูไบ", "18.30 น.", "18:30", "14:30"),
    ("th", "พิธีเริ่มเวลา 21.00 น. ตามเวลาประเทศญี่ปุ่น", "21.00 น.", "21:00", "12:00"),
    ("ur", "تقریب ماسکو کے وقت کے مطابق سہ پہر 3 بجے شروع ہوئی۔", "سہ پہر 3 بجے", "15:00", "12:00"),
    ("ur", "ٹرین دبئی کے وقت کے مطابق شام 6:30 بجے پہنچی۔", "شام 6:30 بجے", "18:30", "14:30"),
    ("uz", "Marosim Moskva vaqti bilan soat 15:00 da boshlandi.", "15:00", "15:00", "12:00"),
    ("uz", "Poyezd Tokio vaqti bilan soat 18:30 da yetib keldi.", "18:30", "18:30", "09:30"),
    ("vi", "Buổi lễ bắt đầu lúc 21h (giờ Tokyo).", "21h", "21:00", "12:00"),
    ("vi", "Tàu đến lúc 18 giờ 30 phút theo giờ Dubai.", "18 giờ 30 phút", "18:30", "14:30"),
    # the clock's own day written in digits between it and its zone ("21/7") leaves the zone the clock's
    ("vi", "Tàu cập cảng lúc 22h15 tối thứ Hai 20/7 (giờ Dubai).", "22h15", "22:15", "18:15"),
])
def test_a_clock_in_a_named_places_time_is_read_by_that_places_offsets(lang, sentence, text, value, gmt):
    clock = _at("b", lang, text, value, sentence)
    verdict = _judge(_gmt(gmt), clock)
    assert verdict.agree, verdict
    for wrong in (_shift(gmt, 60), _shift(gmt, -60)):
        assert not _judge(_gmt(wrong), clock).agree, wrong
