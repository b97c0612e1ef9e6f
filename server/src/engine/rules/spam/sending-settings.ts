// Spam configured rather than written: a sending tool's settings in the template's front matter.

import { BULK_VALUE_RE, EVERY_JOB_VALUE_RE, REPEAT_SETTING_RE, REPEAT_VALUE_RE, RESUBMIT_SETTING_RE, SEND_SETTING_RE, SETTING_LINE_RE, SETTING_OFF_RE, SHORT_GAP_RE } from "../../patterns/spam";
import type { Detection, RuleContext } from "../../rule";
import { matchesOf } from "../shared";

/** A key or value as words: "auto_follow_up" -> "auto follow up", "sendMode" -> "send Mode". */
const words = (s: string) => s.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_.\-]+/g, " ");

/**
 * Front-matter lines ("key: value", source offsets of the line without its list dash) that set up
 * sending in bulk ("send_mode: bulk", "targets: all new ETL posts", "resubmit_if_no_reply_days: 1")
 * for `mass`, or following up on a schedule ("auto_follow_up: every 2h", "repeat: every hour until
 * client replies") for `repeat`. No fix: the setting is not the letter's text. Empty without front matter.
 */
export function sendingSettingDetections(ctx: RuleContext, kind: "mass" | "repeat"): Detection[] {
  const fm = ctx.doc.frontMatter;
  if (!fm) return [];
  const body = ctx.doc.source.slice(fm.bodyStart, fm.bodyEnd);
  const out: Detection[] = [];
  for (const m of matchesOf(SETTING_LINE_RE, body)) {
    const key = words(m[1]!);
    const rawValue = m[2]!.replace(/^["']|["']$/g, "");
    if (SETTING_OFF_RE.test(rawValue)) continue;
    const value = words(rawValue);
    const mass =
      ((SEND_SETTING_RE.test(key) || SEND_SETTING_RE.test(value)) && (BULK_VALUE_RE.test(value) || EVERY_JOB_VALUE_RE.test(value))) ||
      RESUBMIT_SETTING_RE.test(key);
    const repeat = REPEAT_SETTING_RE.test(key) && (REPEAT_VALUE_RE.test(value) || (SHORT_GAP_RE.test(rawValue) && /\bevery\b|,|\band\b/i.test(rawValue)));
    if (kind === "mass" ? !mass : !repeat || mass) continue;
    const start = fm.bodyStart + m.index + m[0].indexOf(m[1]!);
    out.push({ start, end: start + m[0].trimEnd().length - m[0].indexOf(m[1]!), replacement: null });
  }
  return out;
}
