import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  Expander,
  ExpanderContent,
  ExpanderTitleButton,
  Heading,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
  Textarea,
  TextInput,
} from "suomifi-ui-components";
import type { InstrumentVersion } from "../../../../../server/src/modules/self-assessment/api";
import { ApiError } from "../../../app/api";
import { SuccessNotice } from "../../../ui/Notice";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useInstrumentMutations } from "../api";
import {
  type DraftDimension,
  draftBody,
  draftOf,
  emptyDimension,
  isDirty,
  keyErrors,
  missingTexts,
  moveDimension,
  publishBlocker,
  removeDimension,
  setKey,
  setText,
  TEXT_LANGUAGES,
  type TextLanguage,
  WORDING_FIELDS,
  type WordingField,
} from "./forms";

const smallScreen = () =>
  typeof window !== "undefined" && window.matchMedia?.("(max-width: 600px)").matches === true;

function DimensionEditor({
  dimension,
  index,
  count,
  open,
  onOpenChange,
  keyError,
  onKey,
  onText,
  onMove,
  onRemove,
}: {
  dimension: DraftDimension;
  index: number;
  count: number;
  open: boolean;
  onOpenChange: () => void;
  keyError: string | undefined;
  onKey: (key: string) => void;
  onText: (language: TextLanguage, field: WordingField, value: string) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const number = index + 1;
  const id = `dimension-${dimension.uid}`;
  const title = `${number}. ${dimension.texts.fi.question || t("selfAssessment.instruments.untitled")}${
    dimension.key ? ` (${dimension.key})` : ""
  }`;
  return (
    <Expander open={open} onOpenChange={onOpenChange} className="draft-dimension">
      <ExpanderTitleButton asHeading="h3">{title}</ExpanderTitleButton>
      <ExpanderContent>
        <div className="draft-dimension__tools button-row">
          <Button
            variant="secondary"
            disabled={index === 0}
            onClick={() => onMove(-1)}
            aria-label={t("selfAssessment.instruments.moveUpNamed", { number })}
          >
            {t("selfAssessment.instruments.moveUp")}
          </Button>
          <Button
            variant="secondary"
            disabled={index === count - 1}
            onClick={() => onMove(1)}
            aria-label={t("selfAssessment.instruments.moveDownNamed", { number })}
          >
            {t("selfAssessment.instruments.moveDown")}
          </Button>
          <Button
            variant="secondaryNoBorder"
            onClick={onRemove}
            aria-label={t("selfAssessment.instruments.removeNamed", { number })}
          >
            {t("selfAssessment.instruments.remove")}
          </Button>
        </div>
        <TextInput
          id={`${id}-key`}
          labelText={t("selfAssessment.instruments.dimensionKey")}
          hintText={t("selfAssessment.instruments.dimensionKeyHint")}
          value={dimension.key}
          maxLength={40}
          onChange={(value) => onKey(String(value ?? ""))}
          status={keyError ? "error" : "default"}
          statusText={keyError}
          fullWidth
        />
        {TEXT_LANGUAGES.map((language) => (
          <fieldset key={language} className="instrument-fieldset">
            <legend>{t(`selfAssessment.textLanguage.${language}`)}</legend>
            {WORDING_FIELDS.map((field) =>
              field === "explanation" ? (
                <Textarea
                  key={field}
                  id={`${id}-${language}-${field}`}
                  labelText={t(`selfAssessment.instruments.field.${field}`)}
                  value={dimension.texts[language][field]}
                  maxLength={1000}
                  onChange={(event) => onText(language, field, event.target.value)}
                  fullWidth
                />
              ) : (
                <TextInput
                  key={field}
                  id={`${id}-${language}-${field}`}
                  labelText={t(`selfAssessment.instruments.field.${field}`)}
                  value={dimension.texts[language][field]}
                  maxLength={field === "question" ? 300 : 120}
                  onChange={(value) => onText(language, field, String(value ?? ""))}
                  fullWidth
                />
              ),
            )}
          </fieldset>
        ))}
      </ExpanderContent>
    </Expander>
  );
}

/**
 * Edits the draft version of an instrument: dimensions added, removed and reordered, their key and
 * texts in fi, sv, en and plain Finnish; saved whole (a stale version is refused, 409); published with a
 * confirmation that old answers keep their version; or thrown away.
 */
export function DraftEditor({
  instrumentId,
  draft,
  onReload,
  onDone,
}: {
  instrumentId: string;
  draft: InstrumentVersion;
  onReload: () => Promise<unknown>;
  /** The draft was published or thrown away (the page says so; this editor goes away). */
  onDone: (what: "published" | "discarded") => void;
}) {
  const { t } = useTranslation();
  const { saveDraft, discardDraft, publish } = useInstrumentMutations(instrumentId);
  const [list, setList] = useState(() => draftOf(draft));
  const [baseline, setBaseline] = useState(() => draftOf(draft));
  const [version, setVersion] = useState(draft.version);
  const [open, setOpen] = useState<Set<string>>(() => new Set());
  const [dialog, setDialog] = useState<"publish" | "discard" | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [triedSave, setTriedSave] = useState(false);
  const counter = useRef(0);
  const dirty = isDirty(list, baseline);
  const keys = keyErrors(list);
  const missing = missingTexts(list);
  const blocker = publishBlocker(list);
  const error = saveDraft.error ?? publish.error ?? discardDraft.error;
  const conflict = error instanceof ApiError && error.status === 409;

  const change = (next: DraftDimension[]) => {
    setNotice(null);
    setList(next);
  };
  const setOpenOne = (uid: string, value: boolean) =>
    setOpen((current) => {
      const next = new Set(current);
      if (value) next.add(uid);
      else next.delete(uid);
      return next;
    });
  // The Suomi.fi expander reports the state it is leaving, so a click toggles.
  const toggle = (uid: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(uid)) next.delete(uid);
      else next.add(uid);
      return next;
    });

  async function save(): Promise<number | null> {
    setTriedSave(true);
    if (keys.size > 0) return null;
    const response = await saveDraft.mutateAsync(draftBody(list, version)).catch(() => null);
    const saved = response?.data.versions.find((v) => v.status === "draft");
    if (!saved) return null;
    setBaseline(list);
    setVersion(saved.version);
    return saved.version;
  }

  async function reload() {
    saveDraft.reset();
    publish.reset();
    await onReload();
  }

  async function confirmPublish() {
    const current = dirty ? await save() : version;
    if (current === null) {
      setDialog(null);
      return;
    }
    // Awaited rather than a mutate callback: on success this editor unmounts (the draft is gone), and a
    // callback of an unmounted observer is not called.
    const published = await publish.mutateAsync({ version: current }).catch(() => null);
    setDialog(null);
    if (published) onDone("published");
  }

  return (
    <section aria-labelledby="draft-heading" className="draft-editor">
      <Heading variant="h2" id="draft-heading" mb="xs">
        {t("selfAssessment.instruments.draftHeading", { number: draft.number })}
      </Heading>
      <Paragraph mb="m">{t("selfAssessment.instruments.draftIntro")}</Paragraph>
      {notice && <SuccessNotice>{notice}</SuccessNotice>}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {list.length === 0 ? (
        <Paragraph mb="m">{t("selfAssessment.instruments.noDimensions")}</Paragraph>
      ) : (
        <ol className="draft-dimensions" aria-label={t("selfAssessment.instruments.dimensionsLabel")}>
          {list.map((d, index) => {
            const keyError = keys.get(index);
            return (
              <li key={d.uid}>
                <DimensionEditor
                  dimension={d}
                  index={index}
                  count={list.length}
                  open={open.has(d.uid) || (triedSave && keyError !== undefined)}
                  onOpenChange={() => toggle(d.uid)}
                  keyError={
                    triedSave && keyError ? t(`selfAssessment.instruments.errors.${keyError}`) : undefined
                  }
                  onKey={(key) => change(setKey(list, index, key))}
                  onText={(language, field, value) => change(setText(list, index, language, field, value))}
                  onMove={(delta) => {
                    change(moveDimension(list, index, delta));
                    setAnnouncement(t("selfAssessment.instruments.moved", { number: index + 1 + delta }));
                  }}
                  onRemove={() => {
                    change(removeDimension(list, index));
                    setAnnouncement(t("selfAssessment.instruments.removed", { number: index + 1 }));
                  }}
                />
              </li>
            );
          })}
        </ol>
      )}
      <div className="button-row draft-editor__add">
        <Button
          variant="secondary"
          onClick={() => {
            counter.current += 1;
            const uid = `new-${counter.current}`;
            change([...list, emptyDimension(uid)]);
            setOpenOne(uid, true);
          }}
        >
          {t("selfAssessment.instruments.addDimension")}
        </Button>
      </div>
      {missing.length > 0 && (
        <Paragraph mb="s" className="muted">
          {t("selfAssessment.instruments.missingTexts", { count: missing.length })}
        </Paragraph>
      )}
      {dirty && (
        <Paragraph mb="s">
          <strong>{t("selfAssessment.instruments.unsaved")}</strong>
        </Paragraph>
      )}
      <ProblemAlert error={error}>
        {conflict && (
          <div className="button-row">
            <Button variant="secondary" onClick={() => void reload()}>
              {t("selfAssessment.instruments.reloadDraft")}
            </Button>
          </div>
        )}
      </ProblemAlert>
      <div className="form__actions">
        <Button
          disabled={!dirty || saveDraft.isPending}
          onClick={() =>
            void save().then((saved) => {
              if (saved !== null) setNotice(t("selfAssessment.instruments.draftSaved"));
            })
          }
        >
          {t("selfAssessment.instruments.saveDraft")}
        </Button>
        <Button variant="secondary" onClick={() => setDialog("publish")}>
          {t("selfAssessment.instruments.publish")}
        </Button>
        <Button variant="secondaryNoBorder" onClick={() => setDialog("discard")}>
          {t("selfAssessment.instruments.discard")}
        </Button>
      </div>
      {dialog === "publish" && (
        <Modal
          appElementId="root"
          visible
          variant={smallScreen() ? "smallScreen" : "default"}
          onEscKeyDown={() => setDialog(null)}
        >
          <ModalContent>
            <ModalTitle>{t("selfAssessment.instruments.publishTitle", { number: draft.number })}</ModalTitle>
            <Paragraph mb="s">{t("selfAssessment.instruments.publishBody")}</Paragraph>
            {blocker ? (
              <Paragraph>
                <strong>
                  {t(`selfAssessment.instruments.blocker.${blocker}`, { count: missing.length })}
                </strong>
              </Paragraph>
            ) : (
              dirty && <Paragraph>{t("selfAssessment.instruments.publishSavesFirst")}</Paragraph>
            )}
          </ModalContent>
          <ModalFooter>
            <Button
              onClick={() => void confirmPublish()}
              disabled={blocker !== null || publish.isPending || saveDraft.isPending}
            >
              {t("selfAssessment.instruments.publishConfirm")}
            </Button>
            <Button variant="secondary" onClick={() => setDialog(null)}>
              {t("selfAssessment.cancel")}
            </Button>
          </ModalFooter>
        </Modal>
      )}
      {dialog === "discard" && (
        <Modal
          appElementId="root"
          visible
          variant={smallScreen() ? "smallScreen" : "default"}
          onEscKeyDown={() => setDialog(null)}
        >
          <ModalContent>
            <ModalTitle>{t("selfAssessment.instruments.discardTitle")}</ModalTitle>
            <Paragraph>{t("selfAssessment.instruments.discardBody")}</Paragraph>
          </ModalContent>
          <ModalFooter>
            <Button
              onClick={() =>
                void discardDraft
                  .mutateAsync()
                  .then(() => onDone("discarded"))
                  .catch(() => setDialog(null))
              }
              disabled={discardDraft.isPending}
            >
              {t("selfAssessment.instruments.discardConfirm")}
            </Button>
            <Button variant="secondary" onClick={() => setDialog(null)}>
              {t("selfAssessment.cancel")}
            </Button>
          </ModalFooter>
        </Modal>
      )}
    </section>
  );
}
