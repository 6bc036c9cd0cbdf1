// Clause places as a person cites them, at any depth, named by the labels as printed.
import { describe, expect, it } from 'vitest';
import { parseYaml, viewPlan } from '@kehoach/schema';
import { clauseById } from './planIndex.js';

describe('clause places', () => {
  // Tiền Giang 01/NQ-HĐND (2018): “Điều 1.” → “1.” → “-”; other texts “1.1.” → “a)”.
  const plan = viewPlan(
    parseYaml(`
articles:
  - id: art_1
    label: "Điều 1."
    items:
      - id: art_1__item_1
        label: "1."
        items:
          - id: art_1__item_1__item_1
            label: "1.1."
            items:
              - id: art_1__item_1__item_1__item_1
                label: "a)"
                items:
                  - { id: art_1__item_1__item_1__item_1__item_1, label: "-" }
                  - id: art_1__item_1__item_1__item_1__item_2
                    label: "-"
                    paragraphs: [{ id: art_1__item_1__item_1__item_1__item_2__para_1, text: "Giá trị tăng thêm khu vực công nghiệp - xây dựng: 14,0 - 14,7%;" }]
items:
  - { id: item_1, label: "1.", heading: Mục tiêu tổng quát }
`).value,
  );

  it('names every level by its label: khoản, điểm, gạch đầu dòng, đoạn', () => {
    expect(clauseById(plan, 'art_1__item_1__item_1__item_1__item_2__para_1')!.place).toEqual({
      vi: 'Điều 1, khoản 1, khoản 1.1, điểm a, gạch đầu dòng thứ 2, đoạn 1',
      en: 'Article 1, item 1, item 1.1, point a, bullet 2, paragraph 1',
    });
  });

  it('a text without articles: its items stand alone', () => {
    expect(clauseById(plan, 'item_1')!.place).toEqual({ vi: 'khoản 1', en: 'item 1' });
  });
});
