import type { LessonBodyProps, LessonContent } from '../lesson-content';

function English({ subject }: LessonBodyProps) {
  void subject;
  return <p>To be written.</p>;
}

function Korean({ subject }: LessonBodyProps) {
  void subject;
  return <p>작성 예정.</p>;
}

export const sessionVsTokenLesson: LessonContent = { en: English, ko: Korean };
