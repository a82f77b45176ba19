import { describe, expect, it } from 'vitest';
import type { MessageView } from '../src/api/types.js';
import { messageText } from '../src/i18n/localize.js';

const inject: MessageView = {
  id: 'inject-x',
  kind: 'inject',
  counterpart: 'secretary-general',
  subject: 'Who disconnected my staff?',
  body: 'Please explain.',
  localized: {
    subject: { en: 'Who disconnected my staff?', ja: '職員の端末を切断したのは誰ですか' },
    body: { en: 'Please explain.', ja: '説明してください。' },
  },
  simTime: 0,
};

describe('messageText', () => {
  it("shows an inject in the reader's language, by base language, else in English", () => {
    expect(messageText(inject, 'ja')).toEqual({
      subject: '職員の端末を切断したのは誰ですか',
      body: '説明してください。',
    });
    expect(messageText(inject, 'ja-JP').subject).toBe('職員の端末を切断したのは誰ですか');
    expect(messageText(inject, 'vi')).toEqual({
      subject: 'Who disconnected my staff?',
      body: 'Please explain.',
    });
  });

  it('shows a message written in the drill as it was written', () => {
    const { localized: _, ...plain } = inject;
    expect(
      messageText({ ...plain, kind: 'counterpart', subject: 'Re: x', body: 'y' }, 'ja'),
    ).toEqual({ subject: 'Re: x', body: 'y' });
  });
});
