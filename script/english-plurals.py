#!/usr/bin/env python3
"""Fills the English plural forms of a .ts file written by lupdate -pluralonly.

A counted text is written in the code with its plural ending in brackets: "%n round(s)",
"%n match(es)", "%n entr(y|ies)", "%n (person|people)". The singular keeps the first choice,
the plural the second (or the bracketed ending). The count becomes %Ln, so that 30,000 is
written as the user's locale writes numbers."""
import re
import sys
import xml.etree.ElementTree as ET

CHOICE = re.compile(r"\(([^()|]*)\|([^()|]*)\)")
ENDING = re.compile(r"(?<=\w)\((s|es)\)")


def forms(source):
    source = source.replace("%n", "%Ln")
    singular = ENDING.sub("", CHOICE.sub(r"\1", source))
    plural = ENDING.sub(r"\1", CHOICE.sub(r"\2", source))
    return singular, plural


def main(path):
    tree = ET.parse(path)
    # A text gone from the code goes from the file too (lupdate only marks it).
    for context in tree.iter("context"):
        for message in list(context.findall("message")):
            if message.find("translation").get("type") in ("vanished", "obsolete"):
                context.remove(message)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.find("source").text or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        translation.text = None
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    main(sys.argv[1])
