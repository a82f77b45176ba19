import { Type, type Static } from '@sinclair/typebox';
import { Id, Localized } from './common.js';

/**
 * One criterion evaluators grade an incident report on: `description` says what it looks
 * at; `guidance` is the evaluator's key (what a full-marks answer holds, with templates such
 * as `{{indicator.c2Domain}}` resolved in each team's world), never shown to trainees.
 */
export const RubricCriterion = Type.Object(
  {
    id: Id,
    title: Localized,
    description: Type.Optional(Localized),
    guidance: Type.Optional(Localized),
    points: Type.Integer({ minimum: 1, maximum: 1000, description: 'Maximum points' }),
  },
  { additionalProperties: false },
);
/** A rubric criterion. */
export type RubricCriterion = Static<typeof RubricCriterion>;

/** The incident-report rubric: criteria in the order evaluators grade them. */
export const ReportRubric = Type.Array(RubricCriterion, {
  minItems: 1,
  maxItems: 50,
  description:
    'Criteria evaluators grade the incident report on; the report score is the points given over their sum. Default: the NIST SP 800-61 report elements.',
});
/** A report rubric. */
export type ReportRubric = Static<typeof ReportRubric>;

/** Text in every UI language (the static type of `Localized` names only `en`). */
const l = (text: { en: string } & Record<string, string>): Localized => text;

/** The rubric of a scenario without its own: the elements of a NIST SP 800-61 incident report. */
export const DEFAULT_REPORT_RUBRIC: ReportRubric = [
  {
    id: 'summary',
    title: l({
      en: 'Clear executive summary',
      ja: '明確な概要',
      id: 'Ringkasan eksekutif yang jelas',
      vi: 'Tóm tắt rõ ràng',
      my: 'ရှင်းလင်းသော အနှစ်ချုပ်',
      lo: 'ບົດສະຫຼຸບທີ່ຊັດເຈນ',
      km: 'សេចក្តីសង្ខេបច្បាស់លាស់',
    }),
    points: 10,
  },
  {
    id: 'timeline',
    title: l({
      en: 'Accurate timeline of the attack',
      ja: '攻撃の正確なタイムライン',
      id: 'Kronologi serangan yang akurat',
      vi: 'Dòng thời gian tấn công chính xác',
      my: 'တိုက်ခိုက်မှု၏ တိကျသော အချိန်ဇယား',
      lo: 'ລຳດັບເວລາການໂຈມຕີທີ່ຖືກຕ້ອງ',
      km: 'កាលប្បវត្តិនៃការវាយប្រហារត្រឹមត្រូវ',
    }),
    points: 20,
  },
  {
    id: 'affected-assets',
    title: l({
      en: 'Affected hosts and accounts identified',
      ja: '影響を受けたホストとアカウントの特定',
      id: 'Host dan akun terdampak teridentifikasi',
      vi: 'Xác định được máy và tài khoản bị ảnh hưởng',
      my: 'ထိခိုက်ခံရသော စက်များနှင့် အကောင့်များကို ဖော်ထုတ်ထားခြင်း',
      lo: 'ລະບຸເຄື່ອງ ແລະ ບັນຊີທີ່ໄດ້ຮັບຜົນກະທົບ',
      km: 'បានកំណត់ម៉ាស៊ីន និងគណនីដែលរងផលប៉ះពាល់',
    }),
    points: 15,
  },
  {
    id: 'indicators',
    title: l({
      en: 'Indicators of compromise',
      ja: '侵害指標',
      id: 'Indikator kompromi',
      vi: 'Chỉ dấu xâm phạm',
      my: 'ချိုးဖောက်ခံရမှု ညွှန်ပြချက်များ',
      lo: 'ຕົວຊີ້ບອກການຖືກບຸກລຸກ',
      km: 'សូចនាករនៃការសម្រុកចូល',
    }),
    points: 15,
  },
  {
    id: 'techniques',
    title: l({
      en: 'ATT&CK techniques named',
      ja: 'ATT&CK 技術の特定',
      id: 'Teknik ATT&CK disebutkan',
      vi: 'Nêu đúng kỹ thuật ATT&CK',
      my: 'ATT&CK နည်းစနစ်များ ဖော်ပြထားခြင်း',
      lo: 'ລະບຸເຕັກນິກ ATT&CK',
      km: 'បានបញ្ជាក់បច្ចេកទេស ATT&CK',
    }),
    points: 10,
  },
  {
    id: 'impact',
    title: l({
      en: 'Business impact assessed',
      ja: '業務への影響の評価',
      id: 'Dampak bisnis dinilai',
      vi: 'Đánh giá tác động nghiệp vụ',
      my: 'လုပ်ငန်းအပေါ် သက်ရောက်မှု အကဲဖြတ်ခြင်း',
      lo: 'ປະເມີນຜົນກະທົບຕໍ່ທຸລະກິດ',
      km: 'បានវាយតម្លៃផលប៉ះពាល់លើអាជីវកម្ម',
    }),
    points: 10,
  },
  {
    id: 'actions',
    title: l({
      en: 'Containment and recovery described',
      ja: '封じ込めと復旧の記述',
      id: 'Pembendungan dan pemulihan dijelaskan',
      vi: 'Mô tả ngăn chặn và khôi phục',
      my: 'ထိန်းချုပ်ခြင်းနှင့် ပြန်လည်ထူထောင်ခြင်း ဖော်ပြချက်',
      lo: 'ອະທິບາຍການສະກັດກັ້ນ ແລະ ການຟື້ນຟູ',
      km: 'បានពិពណ៌នាការទប់ស្កាត់ និងការស្តារ',
    }),
    points: 10,
  },
  {
    id: 'recommendations',
    title: l({
      en: 'Useful recommendations',
      ja: '有用な提言',
      id: 'Rekomendasi yang berguna',
      vi: 'Khuyến nghị hữu ích',
      my: 'အသုံးဝင်သော အကြံပြုချက်များ',
      lo: 'ຂໍ້ສະເໜີແນະທີ່ເປັນປະໂຫຍດ',
      km: 'អនុសាសន៍មានប្រយោជន៍',
    }),
    points: 10,
  },
];

/** The rubric a scenario's reports are graded on: its own, or the default. */
export function reportRubricOf(scenario: {
  readonly scoring: { readonly reportRubric?: ReportRubric | undefined };
}): ReportRubric {
  return scenario.scoring.reportRubric ?? DEFAULT_REPORT_RUBRIC;
}
