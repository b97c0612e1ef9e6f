// Contact knowledge kept as data (the JSON files beside this one) and the patterns built from it.
// Each pattern is assembled from named parts that read in one line; repeats are bounded and
// neighbouring parts use disjoint classes, so every scan is linear in the text.

import streetWords from "./contact/street-words.json";
import poBox from "./contact/po-box.json";
import contactPages from "./contact/contact-pages.json";
import placeholderDetails from "./contact/placeholder-details.json";
import requestedDetails from "./contact/requested-details.json";
import labels from "./contact/labels.json";
import { normalizeText } from "../normalize";
import { MESSAGING_APPS, SOCIAL_PLATFORMS } from "../patterns/contact";

/** A regex alternation of literal words, longest first, written as the normalized view spells them. */
export function wordAlternation(words: readonly string[]): string {
  const folded = [...new Set(words.map((w) => normalizeText(w).text))];
  return folded.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "\\s{1,3}")).join("|");
}

const SP = String.raw`[ \t]{1,2}`;
const SP0 = String.raw`[ \t]{0,2}`;
/** A capitalized word in any script: a street or city name ("Piotrkowska", "Ленина" as folded). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.\-]{1,25}`;
/** Small words inside place names ("Dar es Salaam", "Rio de Janeiro"). */
const NAME_JOINER = String.raw`(?:es|de|del|da|do|di|la|le|el|al|am|an|der|sur|upon|on)(?![\p{L}])`;
const PLACE_NAME = String.raw`${NAME_WORD}(?:${SP}(?:${NAME_WORD}|${NAME_JOINER})){0,3}`;
/** Postcodes written before or after a city: 90-006, 101000, 1010, 75008. */
const POSTCODE = String.raw`(?:\d{2}-\d{3}|\d{4}-\d{3}|\d{3}[ \t]\d{2}|\d{4,6})(?![\d])`;
const HOUSE_NUMBER = String.raw`\d{1,4}\p{L}?(?:[/\-]\d{1,4})?(?![\d])`;
const STREET_BEFORE = wordAlternation(streetWords.beforeName);
/** A street named by its number, as in Latin America: "Calle 45", "Carrera 7A". */
const NUMBERED_STREET = String.raw`\d{1,3}\p{L}?`;
const NUMBER_WORD = wordAlternation(streetWords.numberWords);
const UNIT_WORD = wordAlternation(streetWords.unitWords);
const UNIT = String.raw`,?${SP}(?:${UNIT_WORD})${SP0}\d{1,4}\p{L}?`;
const CITY_PART = String.raw`,?${SP}(?:${POSTCODE}${SP})?${PLACE_NAME}(?:,?${SP}${POSTCODE})?`;

/**
 * A street address whose street word comes first and the house number after the name:
 * "ul. Piotrkowska 104, 90-006 Łódź", "ул. Ленина, д. 5, кв. 12, Москва", "Jl. Sudirman No. 12".
 */
export const PREFIXED_STREET_RE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${STREET_BEFORE})${SP0}(?:${PLACE_NAME}|${NUMBERED_STREET}),?${SP}(?:(?:${NUMBER_WORD})${SP0})?${HOUSE_NUMBER}(?:${UNIT}){0,2}(?:${CITY_PART}){0,2}`,
  "gu",
);

/** A parcel's number, or its letter alone ("Block C"). */
const PARCEL_ID = String.raw`(?:${HOUSE_NUMBER}|\p{Lu}(?![\p{L}\d]))`;
const PARCEL = String.raw`(?:${wordAlternation(streetWords.parcelWords)})${SP0}${PARCEL_ID}`;
/** A numbered Vietnamese lane and the street's name: "Ngõ 165 Cầu Giấy". */
const LANE = String.raw`(?:${wordAlternation(streetWords.laneWords)})${SP0}${HOUSE_NUMBER}${SP}${PLACE_NAME}`;
/** Any comma-separated part of an address after the parcel: "Sampaguita St.", "Brgy. San Isidro", "Noida 201301". */
const ADDRESS_PART = String.raw`(?:${PARCEL}|${PLACE_NAME}(?:${SP}${POSTCODE})?|${POSTCODE})`;
/**
 * An address that opens with numbered parcels before the street or area, as written in South and
 * Southeast Asia: "Blk 12 Lot 5, Sampaguita St., Brgy. San Isidro, Antipolo City 1870".
 */
export const PARCEL_ADDRESS_RE = new RegExp(String.raw`(?<![\p{L}\d])(?:${PARCEL}(?:${SP}${PARCEL}){0,2}|${LANE})(?:,${SP0}${ADDRESS_PART}){2,5}`, "gu");

const UNIT_PARCEL = String.raw`(?:${wordAlternation(streetWords.unitParcelWords)})${SP0}${HOUSE_NUMBER}`;
/** A street named by its ordinal: "3rd Cross", "5th Main". */
const ORDINAL_STREET = String.raw`\d{1,3}(?:st|nd|rd|th)${SP}${NAME_WORD}`;
const UNIT_ADDRESS_PART = String.raw`(?:${PARCEL}|${ORDINAL_STREET}|${PLACE_NAME}(?:${SP}(?:${POSTCODE}|\d{1,3}(?![\d])))?)`;
/**
 * An address that opens with a numbered unit and ends with a town and its postcode, as written in
 * India: "Office 402, Sai Heritage, Baner Road, Pune 411045", or in the Philippines with four digits: "Unit 7C, ...,
 * Cebu City 6000" (not a year) (street-words.json unitParcelWords).
 */
export const UNIT_ADDRESS_RE = new RegExp(String.raw`(?<![\p{L}\d])${UNIT_PARCEL}(?:,${SP0}${UNIT_ADDRESS_PART}){1,5},${SP0}${PLACE_NAME}${SP}(?:\d{5,6}|(?!19|20)\d{4})(?![\d])`, "gu");

/** A romanized Japanese address: a block number "3-14-7", the district, then a ward or city with its suffix ("Shinjuku-ku"), maybe a postcode. */
const JP_SUFFIX = `(?:${streetWords.japaneseDivisionSuffixes.join("|")})`;
export const JAPANESE_ADDRESS_RE = new RegExp(String.raw`(?<![\w-])\d{1,2}-\d{1,3}(?:-\d{1,4})?\s{1,3}[A-Z][a-z]+(?:-[A-Za-z]+)*,\s{0,3}[A-Z][a-z]+-${JP_SUFFIX}\b(?:,\s{0,3}[A-Z][a-z]+(?:-${JP_SUFFIX})?){0,2}(?:\s{1,3}\d{3}-\d{4})?`, "g");

/**
 * A house number and street name, then the numbered district or ward the city is divided into, as
 * written in Vietnam and nearby: "12 Nguyen Hue, District 1", "45 Le Loi, Ward 3" (street-words.json divisionWords).
 */
export const DIVISION_ADDRESS_RE = new RegExp(String.raw`(?<![\p{L}\d])${HOUSE_NUMBER}${SP}${PLACE_NAME}(?:,${SP0}${PLACE_NAME})?,${SP0}(?:${wordAlternation(streetWords.divisionWords)})${SP}\d{1,2}(?![\d])(?:,${SP0}${PLACE_NAME})?`, "gu");
/** A British postcode: "EC4M 7HS", "SW1A 1AA". */
const UK_POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![\p{L}\d])`;
/** A house number and street with no street word, then the town and a British postcode: "27 Old Bailey, London EC4M 7HS". */
export const UK_POSTCODE_ADDRESS_RE = new RegExp(String.raw`(?<![\p{L}\d])${HOUSE_NUMBER}${SP}${PLACE_NAME},${SP0}${PLACE_NAME}${SP}${UK_POSTCODE}`, "gu");
/** Parcel words that open the comma parts of a match ("Phase", "Unit"): one repeated is a list of phases, not an address. */
export const PARCEL_WORD_AT_PART_RE = new RegExp(String.raw`(?:^|,)${SP0}(${wordAlternation(streetWords.parcelWords)})${SP0}${PARCEL_ID}`, "gu");

const BOX_WORD = wordAlternation(poBox.boxWords);
/** A post-office box and the places after it: "P.O. Box 3172, Dar es Salaam, Tanzania". Group 1: the box word. */
export const PO_BOX_RE = new RegExp(String.raw`(?<![\p{L}])(${BOX_WORD})${SP0}[#:№.]?${SP0}\d{1,6}(?:[ \t]\d{1,4})?(?![\d])(?:,${SP0}${PLACE_NAME}(?:${SP}${POSTCODE})?){0,3}`, "gu");
/** Box words that are ordinary English too ("Box 3"): they need a postal word nearby. */
export const WEAK_BOX_WORD_RE = new RegExp(String.raw`^(?:${wordAlternation(poBox.weakBoxWords)})$`, "i");
/** Words that say an address nearby is for post or visits. */
export const POSTAL_CONTEXT_RE = new RegExp(String.raw`\b(?:${wordAlternation(poBox.contextWords)})`, "i");
/** Ends with a place name after a comma: the address is complete enough to be one. */
export const ENDS_WITH_PLACE_RE = new RegExp(String.raw`,${SP0}${NAME_WORD}(?:${SP}(?:${NAME_WORD}|${NAME_JOINER})){0,4}(?:${SP}${POSTCODE})?$|${POSTCODE}${SP}${NAME_WORD}$`, "u");
/** After an address in its paragraph, an invitation to come there: "You are welcome to walk in for a coffee" (street-words.json invitationsAfter). */
export const ADDRESS_INVITATION_AFTER_RE = new RegExp(String.raw`^[^\n]{0,80}?\b(?:${wordAlternation(streetWords.invitationsAfter)})\b`, "i");
/** The next line of a signature block that ends an address with its town and postcode: "\nVictoria Island, Lagos 101241". */
export const NEXT_LINE_TOWN_POSTCODE_RE = /^[ \t]*\r?\n[ \t]*[A-Z][\w'’.-]{1,30}(?:[ \t][A-Z][\w'’.-]{1,30}){0,3},?[ \t]{1,3}(?:[A-Z][\w'’.-]{1,30}[ \t]{1,3})?\d{4,6}\b/;

/** Path segments of a contact or request-a-proposal page ("/contact", "/request-a-proposal"). */
export const CONTACT_PAGE_SEGMENTS: ReadonlySet<string> = new Set(contactPages.pathSegments);
/** Path segments of a page that books a call ("/book-a-call"): a booking page whoever offers it (contact-pages.json bookingSegments). */
export const BOOKING_PAGE_SEGMENTS: ReadonlySet<string> = new Set(contactPages.bookingSegments);
/** "contact page", "enquiry form": a page on a site where a visitor writes to its owner. */
export const CONTACT_PAGE_NOUN_RE = new RegExp(
  String.raw`\b(?:${wordAlternation(contactPages.pageNouns)})\b|\b(?:${wordAlternation(contactPages.formVerbs)})\s{1,3}(?:the|my|our|this|a)\s{1,3}(?:[\w-]+\s{1,3}){0,2}form\b`,
  "i",
);

/** A contact page or form said to be the writer's: "we've a short intake form", "our enquiry form". */
export const OWN_CONTACT_PAGE_RE = new RegExp(String.raw`\b(?:we['’]ve|we\s{1,3}have|i['’]ve|i\s{1,3}have|there['’]s|our|my)\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:${wordAlternation(contactPages.pageNouns)})\b`, "i");

const SOCIAL_NAMES = SOCIAL_PLATFORMS;
const OWN_NAME = String.raw`(?:my|our)\s{1,3}(?:(?:full|real|company|studio|agency|business|brand|first\s{1,3}and\s{1,3}last)\s{1,3})?names?`;
/** "search my name", "find me by my full name", "google our studio name": the start of a search-me lead. */
export const SEARCH_MY_NAME_RE = new RegExp(String.raw`\b(?:find|search(?:\s{1,3}for)?|look\s{1,3}up|look\s{1,3}for|google)\s{1,3}(?:(?:me|us)\s{1,3}(?:by|under|as|with)\s{1,3})?${OWN_NAME}\b`, "gi");
/** Where a search for the name lands: a social platform (group 1) or the freelancer's own site (group 2). */
export const SEARCH_TARGET_RE = new RegExp(String.raw`\b(?:on|via|at|through|in)\s{1,3}(${SOCIAL_NAMES})\b|(${wordAlternation(contactPages.pageNouns)}|(?:my|our)\s{1,3}(?:web)?site)\b`, "i");

/** The named social networks a conversation can move to (the bare "X" is handled on its own, case-sensitively). */
const MOVE_PLATFORMS = String.raw`linked\s?in|facebook|messenger|instagram|insta|twitter|tik\s?tok|reddit|snapchat|xing|vk`;
const MOVE_VERB = String.raw`move|moving|switch|switching|take|taking|shift|continue|continuing|carry\s{1,3}on|keep\s{1,3}talking|keep\s{1,3}in\s{1,3}touch|stay\s{1,3}in\s{1,3}touch|talk|chat|chatting|connect|follow\s{1,3}up`;
const CONVERSATION = String.raw`(?:\s{1,3}(?:this|the|our|it|things))?(?:\s{1,3}(?:conversation|chat|discussion|talk|convo|thread|messages))?(?:\s{1,3}over)?`;
/** Moving the conversation to a social network: "let's move this chat to LinkedIn", "continue on Instagram DMs". */
export const MOVE_TO_SOCIAL_RE = new RegExp(String.raw`\b(?:${MOVE_VERB})\b${CONVERSATION}\s{1,3}(?:to|on|onto|in|via|over|through)\s{1,3}(?:${MOVE_PLATFORMS})\b`, "gi");

const HANDLE = String.raw`@[A-Za-z0-9_][\w.]{1,40}[\w]`;
/** "@mira_draws on X": a handle on the network whose name is one capital letter. Group 1: the handle. */
export const HANDLE_ON_X_RE = new RegExp(String.raw`(${HANDLE})\s{1,3}(?:on|at|via)\s{1,3}X(?![\w.])`, "g");
/** X named first, then the handle: "ping me on X, @kuba_backend", "Check my X @tunde_builds" (case-sensitive, for "X"; the verb may open a sentence). */
export const X_THEN_HANDLE_RE = new RegExp(String.raw`\bX\s{0,3}\((?:formerly|ex|aka|former)[\s-]{1,3}Twitter\)\s{0,3}[:\-–]?\s{0,3}${HANDLE}|\b(?:[Pp]ing|[Dd][Mm]|[Mm]essage|[Ff]ind|[Ff]ollow|[Rr]each|[Aa]dd|[Tt]ext)\s{1,3}(?:me|us)\s{1,3}on\s{1,3}X\s{0,3}[,:\-–]?\s{0,3}${HANDLE}|\b(?:[Mm]y|[Oo]ur)\s{1,3}X\s{0,3}[,:\-–]?\s{0,3}${HANDLE}`, "g");
/**
 * A building, its floor and its street, with no house number, as written in East Africa and nearby:
 * "Kimathi House, 3rd Floor, Kimathi Street, Nairobi CBD", or a room and tower before the building, as in China and Hong
 * Kong (street-words.json buildingWords, streetAfterName, roomWords, towerWords).
 */
const BUILDING = String.raw`${PLACE_NAME}${SP}(?:${wordAlternation(streetWords.buildingWords)})`;
const STREET_AFTER_NAME = String.raw`${PLACE_NAME}${SP}(?:${wordAlternation(streetWords.streetAfterName)})(?:,${SP0}${PLACE_NAME})?`;
/** A numbered room or unit, and a tower or block, before the building: "Room 1207, Tower B, Saige Plaza, Huaqiang North Road" (street-words.json roomWords, towerWords). */
const ROOM_AND_TOWER = String.raw`(?:${wordAlternation(streetWords.roomWords)})${SP0}\d{1,5}[A-Z]?,${SP0}(?:(?:${wordAlternation(streetWords.towerWords)})${SP}[A-Z0-9]{1,3},${SP0})?`;
export const BUILDING_FLOOR_ADDRESS_RE = new RegExp(String.raw`(?<![\p{L}\d])${BUILDING},${SP0}\d{1,2}(?:st|nd|rd|th)${SP}Floor,${SP0}${STREET_AFTER_NAME}`, "gu");
/** The room-first form, its own pattern so that it is looked for from its room word, not from every capitalized word. */
export const ROOM_BUILDING_ADDRESS_RE = new RegExp(String.raw`(?<![\p{L}\d])${ROOM_AND_TOWER}${BUILDING},${SP0}${STREET_AFTER_NAME}`, "gu");
/** "same handle everywhere", "on all socials": one handle offered for several networks. */
export const SAME_HANDLE_RE = new RegExp(String.raw`\b(?:${wordAlternation(labels.sameHandleWords)})(?![\w])`, "i");
/** A handle in a same-handle sentence: "@lenadraws", or the name after "handle is" / "username:". Groups: 1 @handle, 2 bare name. */
export const SAME_HANDLE_TOKEN_RE = new RegExp(String.raw`(${HANDLE})|\b(?:handle|username|user\s{1,3}name|name)\b[^.:;@\n]{0,30}?(?:\bis|:|\s[-–])\s{0,3}([A-Za-z]{0,30}[\d_.][\w.]{0,30}[A-Za-z0-9])`, "g");
/** A social network or "socials" named in a sentence. */
export const SOCIAL_WORD_RE = new RegExp(String.raw`\b(?:${SOCIAL_NAMES}|socials|social\s{1,3}media|networks|platforms)\b|\bX\b`, "i");

const NAME_BY_REFERENCE = wordAlternation(labels.nameByReference);
/** A messaging app with the handle given by reference to a name the client already has: "Signal works best for me: same name", "my handle is the same as my name here, on the green app". */
export const APP_NAME_BY_REFERENCE_RE = new RegExp(String.raw`\b(?:${MESSAGING_APPS})\b[^.;!?\n]{0,60}?\b(?:${NAME_BY_REFERENCE})(?![\w])|\b(?:${NAME_BY_REFERENCE})\b[^.;!?\n]{0,60}?\b(?:${MESSAGING_APPS})\b`, "gi");

const ID = String.raw`(live:[\w.:\-]{2,60}|@?[A-Za-z0-9][\w.\-#]{2,40})`;
const ID_LABEL = String.raw`(?:id|handle|username|user\s{0,3}name|name|nick)`;
/** An app name with its ID in brackets: "Telegram (@jdoe)", "Skype [live:cid.5a1]", "WeChat (ID: wx_ann88)". Group 1: the ID. */
export const APP_BRACKETED_ID_RE = new RegExp(String.raw`\b(?:${MESSAGING_APPS})\s{0,3}[:\-–]?\s{0,3}[(\[]\s{0,3}(?:${ID_LABEL}\s{0,3}[:=]?\s{0,3})?${ID}\s{0,3}[)\]]`, "gi");
/** An app name, a colon and a labelled ID: "WeChat: ID liwei88", "Discord - username kay.dev". Group 1: the ID. */
export const APP_LABELLED_ID_RE = new RegExp(
  // The app, then its ID after a label, or a few words later: "Threema is also fine — ID 7XK4PQ2M", "Telegram if you prefer: @ybenali".
  String.raw`\b(?:${MESSAGING_APPS})(?:\s{0,3}[:\-–]\s{0,3}${ID_LABEL}\s{0,3}[:=]?\s{0,3}${ID}|\b[^.;@\n:—–]{1,30}[:—–]\s{0,3}(?:${ID_LABEL}\s{0,3}[:=]?\s{0,3}${ID}|(@[A-Za-z0-9][\w.]{2,40})))`,
  "gi",
);

const CALL_NOUN = wordAlternation(labels.callNouns);
const CALL_DETERMINER = String.raw`(?:a|an|one|quick|short|brief|free|first|\d{1,2}[\s-]?min(?:ute)?s?)`;
const CALL_ADJECTIVE = String.raw`(?:quick|short|brief|free|introductory|intro|discovery|video|voice|\d{1,2}[\s-]?min(?:ute)?s?)`;
/** A messaging app named as the medium of a call: "Skype call", "WhatsApp video chat" (the determiner is checked before it). */
export const APP_CALL_RE = new RegExp(String.raw`\b(?:${MESSAGING_APPS})\s{1,3}(?:${CALL_NOUN})s?\b`, "gi");
/** Right before an app call, the words that make it a proposed call: "a quick ", "a 15-minute ". */
export const CALL_DETERMINER_BEFORE_RE = new RegExp(String.raw`\b${CALL_DETERMINER}\s{1,3}(?:${CALL_ADJECTIVE}\s{1,3}){0,2}$`, "i");
/** After "a Skype call": words that make it a product feature ("a Skype call recorder"). */
export const CALL_TECH_AFTER_RE = new RegExp(String.raw`^\s{1,3}(?:${wordAlternation(labels.callTechAfter)})\b`, "i");

const ELSEWHERE_NOUN = wordAlternation(labels.elsewhereNouns);
const ELSEWHERE_PLACE = wordAlternation(labels.elsewherePlaces);
const INVITE_VERB = String.raw`e-?mail|call|ring|text|phone|whatsapp|message|reach|contact|write\s{1,3}to|ping|get\s{1,3}in\s{1,3}touch\s{1,3}with`;
/**
 * An invitation to contact with the detail given elsewhere: "email me or ring me on the number in my
 * signature", "reach us at the email below". Group 1: the noun (number, email, details).
 */
export const CONTACT_ELSEWHERE_RE = new RegExp(
  String.raw`\b(?:${INVITE_VERB})\s{1,3}(?:me|us)\b[^.;!?\n]{0,40}?\b(?:at|on|via|using|through|to|from)\s{1,3}(?:the|my|our)\s{1,3}(${ELSEWHERE_NOUN})\s{1,3}(?:(?:in|on|at|from|under|listed\s{1,3}(?:in|on|below|above)|given\s{1,3}(?:in|on|below|above))\s{1,3}(?:my|our|the|this)\s{1,3}(?:${ELSEWHERE_PLACE})|(?:(?:listed|given|shown)\s{1,3})?(?:below|above)|at\s{1,3}the\s{1,3}(?:bottom|end))\b`,
  "gi",
);

const KEPT_DETAIL = wordAlternation(labels.detailsKeptElsewhere);
const KEPT_PLACE = wordAlternation(labels.placesKeptElsewhere);
/** "my number is on my website", "my contact details are in the attached CV". Group 1: the detail. */
export const DETAIL_KEPT_ELSEWHERE_RE = new RegExp(
  String.raw`\b(?:my|our)\s{1,3}(?:(?:full|personal|direct|private|work)\s{1,3})?(${KEPT_DETAIL})\s{1,3}(?:is|are)\s{1,3}(?:(?:listed|given|written|shown|right\s{1,3}there)\s{1,3})?(?:on|in|at)\s{1,3}(?:my|our|the)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?(?:${KEPT_PLACE})\b`,
  "gi",
);
/** "a contact form on my website", "the Contact Us form on our site". */
export const CONTACT_FORM_ON_SITE_RE = new RegExp(String.raw`\b(?:${wordAlternation(contactPages.pageNouns)}|contact\s{1,3}us\s{1,3}form|chat\s{1,3}widget)\s{1,3}(?:on|in|at)\s{1,3}(?:my|our)\s{1,3}(?:(?:own|company|agency|studio)\s{1,3})?(?:web\s{0,1}site|site|page|portfolio)\b`, "gi");

const PORTFOLIO_LABEL = wordAlternation(labels.portfolioLabels);
/** A line label that presents a link as work samples: "Portfolio:", "Case studies -". */
export const PORTFOLIO_LABEL_BEFORE_RE = new RegExp(String.raw`(?:^|[\n|*>\-]\s{0,3}|\b(?:my|our|see|here['’]?s|view)\s{1,3})(?:${PORTFOLIO_LABEL})\s{0,3}(?:[:\-–(]|here|at|on)?\s{0,3}$`, "i");

const ADDRESS_KIND = wordAlternation(requestedDetails.addressKinds);
const APP_ACCOUNT = wordAlternation(requestedDetails.appAccounts);
const ACCOUNT_NOUN = wordAlternation(requestedDetails.accountNouns);
const ASK = String.raw`(?:what(?:'|’)?s|what\s{1,3}is|which\s{1,3}is|share|send|give|provide|drop|leave|tell|pass|dm|text|forward|(?:can|could|may)\s{1,3}(?:i|we)\s{1,3}(?:get|have|grab)|${wordAlternation(requestedDetails.askPhrases)})`;
/** Someone on the client's side whose detail is asked for: "your CISO's", "your finance controller's". */
const SOMEONES = String.raw`(?:(?:[\w-]{2,20}\s{1,3}){0,2}?[\w-]{2,20}['’]s\s{1,3})?`;
/** A contact detail as it follows "your" or "their": a home address, an app handle, a personal number or email. */
const REQUESTED_DETAIL = String.raw`(?:(?:(?:full|complete|exact)\s{1,3})?(?:${ADDRESS_KIND})\s{1,3}address|(?:${APP_ACCOUNT})\s{1,3}(?:${ACCOUNT_NOUN})|(?:(?:personal|private|direct|own|mobile|cell|work)\s{1,3})?(?:(?:mobile|cell|phone|telephone)\s{1,3}number|number|mobile|(?:[\w-]{2,20}\s{1,3})?e-?mail(?:\s{1,3}address)?|direct\s{1,3}line|whatsapp|telegram|insta|instagram|ig|fb|facebook|snap|snapchat|tiktok|skype|discord|signal|viber|wechat))`;
/** Asking for the client's home or postal address or app account: "send me your postal address", "what's your Slack handle?". */
export const REQUEST_DETAIL_RE = new RegExp(
  String.raw`\b${ASK}\s{1,3}(?:me\s{1,3}|us\s{1,3})?(?:(?:your|ur)\s{1,3}${SOMEONES}${REQUESTED_DETAIL}\b|(?:a|an)\s{1,3}(?:direct|personal|private)\s{1,3}(?:(?:telephone|phone|mobile|cell)\s{1,3}number|number|e-?mail(?:\s{1,3}address)?)\b)`,
  "gi",
);
const THIRD_PARTY_ASK = wordAlternation(requestedDetails.thirdPartyAsks);
const PARTY = String.raw`(?:(?:${wordAlternation(requestedDetails.partyDeterminers)})\s{1,3}){0,2}(?:${wordAlternation(requestedDetails.partyNouns)})`;
const THEIR = wordAlternation(requestedDetails.thirdPartyPossessives);
/** A playbook telling the team to ask the client for a contact detail: "ask each client for their WhatsApp", "get the client's phone number". */
export const THIRD_PARTY_REQUEST_RE = new RegExp(String.raw`\b(?:${THIRD_PARTY_ASK})\s{1,3}(?:${PARTY}\s{1,3}for\s{1,3})?(?:${THEIR})\s{1,3}${REQUESTED_DETAIL}\b`, "gi");
const BEST_WORD = wordAlternation(requestedDetails.bestWords);
const BEST_DETAIL = wordAlternation(requestedDetails.bestDetails);
/** "What's the best email to send the deck to?": a question about where to reach the client. */
export const BEST_DETAIL_QUESTION_RE = new RegExp(
  String.raw`\b(?:what(?:'|’)?s|what\s{1,3}is|which\s{1,3}is|which|what)\s{1,3}(?:the|your)\s{1,3}(?:${BEST_WORD})\s{1,3}(?:${BEST_DETAIL})\s{1,3}(?:(?:would\s{1,3}be|is)\s{1,3})?(?:to|for|where|i\s{1,3}can|we\s{1,3}can|on\s{1,3}which)\b`,
  "gi",
);

/** A placeholder's name split into lower-case words: "{{agentEmail}}" -> ["agent", "email"]. */
export function placeholderWords(placeholder: string): string[] {
  const name = placeholder.replace(/^[{<[%]+|[}>\]%]+$/g, "").replace(/([a-z])([A-Z])/g, "$1 $2");
  return name.toLowerCase().split(/[^a-z0-9-]+/).filter(Boolean);
}

/** The contact rule a placeholder will be filled for, from its name; undefined for other placeholders and the client's own details. */
export function placeholderContactRule(placeholder: string): string | undefined {
  const words = placeholderWords(placeholder);
  if (words.some((w) => placeholderDetails.notMine.includes(w))) return undefined;
  return placeholderDetails.kinds.find((k) => words.some((w) => k.words.includes(w)))?.rule;
}

const SPACED_AT = String.raw`[ \t]{1,2}(?:@|\(at\)|\[at\])[ \t]{1,2}`;
const SPACED_DOT = String.raw`[ \t]{1,2}(?:\.|\(dot\)|\[dot\])[ \t]{1,2}`;
/** An email written one letter at a time: "v o i c e b y m a r a @ i c l o u d . c o m". */
export const LETTER_SPACED_EMAIL_RE = new RegExp(
  String.raw`(?<![\w@.])[A-Za-z0-9](?:[ \t][A-Za-z0-9._+\-]){3,63}${SPACED_AT}[A-Za-z0-9](?:[ \t][A-Za-z0-9\-]){1,62}(?:${SPACED_DOT}[A-Za-z](?:[ \t][A-Za-z]){1,23}){1,3}(?![\w])`,
  "gi",
);
/** Social and messaging platform names: before " @name.tld" they make it a handle, not an email. */
export const PLATFORM_NAME_RE = new RegExp(String.raw`^(?:${SOCIAL_PLATFORMS}|${MESSAGING_APPS}|x|me|us|at|on|via|to|by|from|as|is|follow|dm|your|my|our|their|handle|name|username|called|named)$`, "i");

const SPOKEN_DOT = String.raw`(?:\s{1,3}dot\s{1,3}|\s{0,3}[\[(]\s{0,2}dot\s{0,2}[\])]\s{0,3})`;
const SPOKEN_SLASH = String.raw`(?:\s{1,3}slash\s{1,3}|\s{0,3}[\[(]\s{0,2}slash\s{0,2}[\])]\s{0,3}|\s{0,3}/\s{0,3})`;
/** A link read aloud: "calendly dot com slash ben-hart". Groups: 1 host labels, 2 top-level domain, 3 path. */
export const SPOKEN_LINK_RE = new RegExp(
  String.raw`(?<![\w.@])([a-z0-9][a-z0-9\-]{1,40}(?:\.[a-z0-9\-]{1,40}){0,2})${SPOKEN_DOT}([a-z]{2,12})(?![\w])((?:${SPOKEN_SLASH}[\w\-]{1,60}){0,4})`,
  "gi",
);

/** A phone word right before a number: "phone 138 0013 8000", "WhatsApp: ", "call me on ". */
export const NUMBER_LABEL_BEFORE_RE = new RegExp(
  String.raw`(?<![\p{L}])(?:${wordAlternation(labels.phoneLabels)}|${MESSAGING_APPS})(?:\s{1,3}(?:me|us))?(?:\s{1,3}(?:at|on|no\.?|number|is))?\s{0,3}[:#.]?\s{0,3}$`,
  "iu",
);

/** A phone-keyed wallet a few words before a number: "bKash personal ", "GCash na lang? ", "M-Pesa: ". */
export const MOBILE_MONEY_BEFORE_RE = new RegExp(String.raw`(?<![\p{L}])(?:${wordAlternation(labels.mobileMoney)})(?:[\s:#.?!,()-]{1,3}[\p{L}.]{1,12}){0,3}[\s:#.?!,()-]{0,3}$`, "iu");

/** An invitation onto an app right before the number it is for: "add me in WhatsApp: ", "text me on Viber at ". */
export const APP_INVITE_BEFORE_RE = new RegExp(
  String.raw`\b(?:add|message|msg|text|call|ring|reach|contact|find|ping|write\s{1,3}to|hit)\s{1,3}(?:me|us)(?:\s{1,3}up)?\s{1,3}(?:in|on|at|via|through|over)\s{1,3}(?:${MESSAGING_APPS})\s{0,3}(?:[:\-–]|at|on|number)?\s{0,3}(?:plus\s{1,3})?$`,
  "i",
);
