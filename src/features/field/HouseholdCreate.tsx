// 登记新住户: a household in one of my grids — building, unit, room (the database refuses a room already on the
// register, or a grid outside my scope, in words), head, phone, size, tags. Sent through the outbox like every
// other record change; once stored, its record opens.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldGrid, HouseholdTag } from '../../data/types';
import { errorMessageText } from '../../i18n/error-text';
import type { Outbox } from '../../lib/outbox';
import { toggleTag } from '../../lib/record-edit';
import { vocabName } from '../../lib/vocab';
import { sendNow } from './use-outbox';

interface Props {
  outbox: Outbox;
  grids: FieldGrid[];
  tags: HouseholdTag[];
  onCreated(id: number | null): void;
  onCancel(): void;
}

export function HouseholdCreate({ outbox, grids, tags, onCreated, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState({ gridId: grids[0]?.id ?? 0, building: '', unitNo: '', room: '', address: '', headName: '', phone: '', size: 1 });
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));
  const blankToNull = (s: string) => (s.trim() === '' ? null : s.trim());

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const outcome = await sendNow(outbox, 'household_create', {
        gridId: form.gridId,
        building: form.building,
        unitNo: blankToNull(form.unitNo),
        room: form.room,
        address: blankToNull(form.address),
        headName: form.headName,
        phone: blankToNull(form.phone),
        size: form.size,
        tags: chosen,
      });
      if (outcome.kind === 'refused') setMessage({ ok: false, text: errorMessageText(outcome.error) });
      else if (outcome.kind === 'queued') setMessage({ ok: true, text: t('register.queued') });
      else onCreated(outcome.answer as number);
    } catch (error) {
      setMessage({ ok: false, text: errorMessageText(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="field-section household-create" onSubmit={(e) => void submit(e)} data-testid="household-create">
      <h2>{t('register.newHousehold')}</h2>
      <label>
        {t('register.grid')}
        <select value={form.gridId} onChange={(e) => set('gridId', Number(e.target.value))} data-testid="create-grid">
          {grids.map((g) => (
            <option key={g.id} value={g.id}>
              {g.code} {g.name}
            </option>
          ))}
        </select>
      </label>
      <div className="create-row">
        <label>
          {t('register.building')}
          <input value={form.building} onChange={(e) => set('building', e.target.value)} required data-testid="create-building" />
        </label>
        <label>
          {t('register.unitNo')}
          <input value={form.unitNo} onChange={(e) => set('unitNo', e.target.value)} data-testid="create-unit" />
        </label>
        <label>
          {t('register.room')}
          <input value={form.room} onChange={(e) => set('room', e.target.value)} required data-testid="create-room" />
        </label>
      </div>
      <label>
        {t('register.address')}
        <input value={form.address} onChange={(e) => set('address', e.target.value)} data-testid="create-address" />
      </label>
      <div className="create-row">
        <label>
          {t('register.headName')}
          <input value={form.headName} onChange={(e) => set('headName', e.target.value)} required data-testid="create-head" />
        </label>
        <label>
          {t('register.size')}
          <input type="number" min={0} max={30} value={form.size} onChange={(e) => set('size', Number(e.target.value))} data-testid="create-size" />
        </label>
      </div>
      <label>
        {t('register.phone')}
        <input inputMode="tel" value={form.phone} onChange={(e) => set('phone', e.target.value)} data-testid="create-phone" />
      </label>
      <fieldset className="tag-edit">
        <legend>{t('register.tags')}</legend>
        {tags.map((tag) => (
          <label key={tag.code} className="check">
            <input type="checkbox" checked={chosen.includes(tag.code)} onChange={() => setChosen((c) => toggleTag(c, tag.code))} data-testid={`create-tag-${tag.code}`} />
            {vocabName(tag, i18n.language)}
          </label>
        ))}
      </fieldset>
      <div className="create-actions">
        <button type="submit" className="primary" disabled={busy} data-testid="create-submit">
          {busy ? t('field.saving') : t('register.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('register.cancel')}
        </button>
      </div>
      {message && (
        <p className={message.ok ? 'field-note' : 'field-error'} role={message.ok ? 'status' : 'alert'} data-testid="create-message">
          {message.text}
        </p>
      )}
    </form>
  );
}
