'use client';

import { useState } from 'react';
import Link from 'next/link';
import { graphql } from '@/graphql/generated';
import type { Locale } from '@/lib/i18n/messages';
import { selfServiceText } from '@/lib/i18n/self-service';
import { entityPath } from '@/lib/routes';
import { localName } from '../profile/localized';
import { generalMessage, sendOperation } from './send-operation';
import { SkillCombobox, type SkillChoice } from './skill-combobox';
import styles from './self-service.module.css';

const SetMySkillMutation = graphql(`
  mutation SetMySkill($skillId: ID!, $level: Int!) {
    setMySkill(skillId: $skillId, level: $level) {
      profile {
        skills {
          level
          skill {
            id
            slug
            name
            nameEn
          }
        }
      }
    }
  }
`);

const RemoveMySkillMutation = graphql(`
  mutation RemoveMySkill($skillId: ID!) {
    removeMySkill(skillId: $skillId) {
      profile {
        skills {
          level
          skill {
            id
            slug
            name
            nameEn
          }
        }
      }
    }
  }
`);

/** A skill on the member's profile. */
export interface MySkill {
  level: number;
  skill: { id: string; slug: string; name: string; nameEn?: string | null };
}

const LEVELS = [1, 2, 3, 4, 5] as const;

/**
 * The member's skills: each with a level select (saved on change) and a remove button,
 * and a picker to add a published skill at a level. Each change is one mutation; the
 * list shows what the API answers.
 */
export function MySkills({ initial, options, locale }: { initial: MySkill[]; options: SkillChoice[]; locale: Locale }) {
  const all = selfServiceText[locale];
  const t = all.skills;
  const [skills, setSkills] = useState<MySkill[]>(initial);
  const [choice, setChoice] = useState<SkillChoice | null>(null);
  const [level, setLevel] = useState(3);
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  const [busy, setBusy] = useState(false);
  const [pickerKey, setPickerKey] = useState(0);

  async function run(work: () => Promise<{ skills: MySkill[] } | string>, done: string): Promise<boolean> {
    setBusy(true);
    setStatus('');
    setAlert('');
    const result = await work();
    setBusy(false);
    if (typeof result === 'string') {
      setAlert(result);
      return false;
    }
    setSkills(result.skills);
    setStatus(done);
    return true;
  }

  const changeLevel = (s: MySkill, next: number) =>
    run(async () => {
      const outcome = await sendOperation(SetMySkillMutation, { skillId: s.skill.id, level: next });
      return outcome.ok ? outcome.data.setMySkill.profile : generalMessage(outcome.errors, all.errors);
    }, t.levelSaved(localName(s.skill, locale), next));

  const remove = (s: MySkill) =>
    run(async () => {
      const outcome = await sendOperation(RemoveMySkillMutation, { skillId: s.skill.id });
      return outcome.ok ? outcome.data.removeMySkill.profile : generalMessage(outcome.errors, all.errors);
    }, t.removed(localName(s.skill, locale)));

  async function add() {
    if (!choice) {
      setAlert(t.chooseFirst);
      return;
    }
    if (skills.some((s) => s.skill.id === choice.id)) {
      setAlert(t.already);
      return;
    }
    const added = await run(async () => {
      const outcome = await sendOperation(SetMySkillMutation, { skillId: choice.id, level });
      return outcome.ok ? outcome.data.setMySkill.profile : generalMessage(outcome.errors, all.errors);
    }, t.added(localName(choice, locale)));
    if (added) {
      setChoice(null);
      setPickerKey((k) => k + 1);
    }
  }

  const owned = new Set(skills.map((s) => s.skill.id));

  return (
    <div>
      {skills.length === 0 ? (
        <p className={styles.muted}>{t.none}</p>
      ) : (
        <ul className={styles.list} data-testid="my-skills">
          {skills.map((s) => {
            const name = localName(s.skill, locale);
            return (
              <li key={s.skill.id} className={styles.item}>
                <span className={styles.itemMain}>
                  <Link href={entityPath('Skill', s.skill.slug)}>{name}</Link>
                </span>
                <span className={styles.itemControls}>
                  <select
                    aria-label={t.levelOf(name)}
                    value={s.level}
                    disabled={busy}
                    onChange={(e) => void changeLevel(s, Number(e.target.value))}
                  >
                    {LEVELS.map((n) => (
                      <option key={n} value={n}>
                        {t.levelName(n)}
                      </option>
                    ))}
                  </select>
                  <button type="button" className="button secondary" disabled={busy} aria-label={t.removeOf(name)} onClick={() => void remove(s)}>
                    {t.remove}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}

      <h3 className={styles.subheading}>{t.addTitle}</h3>
      <form
        className={styles.adder}
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <SkillCombobox
          key={pickerKey}
          options={options.filter((o) => !owned.has(o.id))}
          locale={locale}
          onChoose={(option) => {
            setChoice(option);
            setAlert('');
          }}
          onClear={() => setChoice(null)}
        />
        <div className={styles.field}>
          <label htmlFor="new-skill-level">{t.level}</label>
          <select id="new-skill-level" value={level} onChange={(e) => setLevel(Number(e.target.value))}>
            {LEVELS.map((n) => (
              <option key={n} value={n}>
                {t.levelName(n)}
              </option>
            ))}
          </select>
        </div>
        <button className="button" type="submit" disabled={busy}>
          {busy ? t.adding : t.add}
        </button>
      </form>
      {alert && (
        <p className="form-error" role="alert">
          {alert}
        </p>
      )}
      <p role="status" className={styles.status} data-testid="skills-status">
        {status}
      </p>
    </div>
  );
}
