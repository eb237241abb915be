import { Button, CloseButton, Group, MultiSelect, Pill, Select, TextInput } from '@mantine/core';
import {
  AUDIT_ACTIONS,
  AUDIT_OBJECT_TYPES,
  auditActionLabel,
  auditObjectTypeLabel,
  type AuditAction,
} from '@spillover/domain';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../app/i18n/i18n';
import type { AuditFilterState } from './audit-filter-params';

interface AuditFiltersProps {
  value: AuditFilterState;
  onChange: (next: AuditFilterState) => void;
  exportHref: string;
}

const EMPTY: AuditFilterState = {
  actions: [],
  objectType: null,
  objectId: null,
  objectName: null,
  actorId: null,
  actorName: null,
  from: null,
  to: null,
};

/** A chip for a filter chosen from a row (a person, an object), with a labelled remove button. */
function FilterChip({
  label,
  removeLabel,
  onRemove,
}: {
  label: string;
  removeLabel: string;
  onRemove: () => void;
}) {
  return (
    <Pill size="md">
      <Group gap={4} wrap="nowrap">
        {label}
        <CloseButton size="xs" aria-label={removeLabel} onClick={onRemove} />
      </Group>
    </Pill>
  );
}

/** Filters of the audit log: actions, kind of object, period; person and object come from rows. */
export function AuditFilters({ value, onChange, exportHref }: AuditFiltersProps) {
  const { t, i18n } = useTranslation('admin');
  const language = currentLanguage(i18n);
  const set = (patch: Partial<AuditFilterState>) => onChange({ ...value, ...patch });
  const actionOptions = AUDIT_ACTIONS.map((action) => ({
    value: action,
    label: auditActionLabel(action, language),
  }));
  const typeOptions = AUDIT_OBJECT_TYPES.map((type) => ({
    value: type,
    label: auditObjectTypeLabel(type, language),
  }));
  const filtered = JSON.stringify(value) !== JSON.stringify(EMPTY);

  return (
    <form
      role="search"
      aria-label={t('audit.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <Group align="flex-end" wrap="wrap">
        <MultiSelect
          label={t('audit.filterActions')}
          placeholder={value.actions.length === 0 ? t('audit.allActions') : undefined}
          data={actionOptions}
          value={value.actions}
          onChange={(actions) => set({ actions: actions as AuditAction[] })}
          searchable
          clearable
          miw={260}
        />
        <Select
          label={t('audit.filterObjectType')}
          placeholder={t('audit.allObjects')}
          data={typeOptions}
          value={value.objectType}
          // Another kind of object cannot be the chosen object.
          onChange={(objectType) => set({ objectType, objectId: null, objectName: null })}
          clearable
        />
        <TextInput
          type="date"
          label={t('audit.from')}
          value={value.from ?? ''}
          max={value.to ?? undefined}
          onChange={(event) => set({ from: event.currentTarget.value || null })}
        />
        <TextInput
          type="date"
          label={t('audit.to')}
          value={value.to ?? ''}
          min={value.from ?? undefined}
          onChange={(event) => set({ to: event.currentTarget.value || null })}
        />
        {filtered ? (
          <Button variant="subtle" onClick={() => onChange(EMPTY)}>
            {t('audit.clearFilters')}
          </Button>
        ) : null}
        <Button component="a" href={exportHref} download variant="light">
          {t('audit.export')}
        </Button>
      </Group>
      {value.actorId || value.objectId ? (
        <Group mt="xs" gap="xs">
          {value.actorId ? (
            <FilterChip
              label={t('audit.byActor', { name: value.actorName ?? t('audit.someone') })}
              removeLabel={t('audit.removeActorFilter')}
              onRemove={() => set({ actorId: null, actorName: null })}
            />
          ) : null}
          {value.objectId ? (
            <FilterChip
              label={t('audit.aboutObject', { name: value.objectName ?? value.objectId })}
              removeLabel={t('audit.removeObjectFilter')}
              onRemove={() => set({ objectId: null, objectName: null })}
            />
          ) : null}
        </Group>
      ) : null}
    </form>
  );
}
