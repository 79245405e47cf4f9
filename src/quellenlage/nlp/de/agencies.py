"""News and photo agencies as they are credited in German-language media."""

from typing import Final

#: Credited token (case-insensitive) -> canonical name. News agencies whose copy outlets syndicate.
NEWS_AGENCIES: Final = {
    "dpa": "dpa",
    "ap": "AP",
    "afp": "AFP",
    "reuters": "Reuters",
    "kna": "KNA",
    "epd": "epd",
    "sda": "SDA",
    "keystone-sda": "SDA",
    "apa": "APA",
    "sputnik": "Sputnik",
    "tass": "TASS",
    "ria": "RIA Nowosti",
    "ansa": "ANSA",
    "efe": "EFE",
    "xinhua": "Xinhua",
    "dts": "dts",
    "ddp": "ddp",
    "kath.ch": "kath.ch",
    "idea": "idea",
    "sid": "SID",
    "anadolu": "Anadolu",
    "ukrinform": "Ukrinform",
    "interfax": "Interfax",
    "upi": "UPI",
    "bloomberg": "Bloomberg",
}

#: Photo agencies and picture desks: credits, but not sources of wire copy.
PHOTO_AGENCIES: Final = {
    "keystone": "Keystone",
    "epa": "EPA",
    "getty": "Getty Images",
    "imago": "IMAGO",
    "picture alliance": "picture alliance",
    "picture-alliance": "picture alliance",
    "shutterstock": "Shutterstock",
    "istock": "iStock",
    "action press": "action press",
    "ullstein bild": "ullstein bild",
}
