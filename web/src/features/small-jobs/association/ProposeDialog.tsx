import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Button,
  Modal,
  ModalContent,
  ModalFooter,
  ModalTitle,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  SearchInput,
} from "suomifi-ui-components";
import { ProblemAlert } from "../../../ui/ProblemAlert";
import { useParticipantSearch } from "../../participants/api";
import type { JobSummary } from "../shared";
import { commands, useJobCommand } from "./api";

const smallScreen = () =>
  typeof window !== "undefined" && window.matchMedia?.("(max-width: 600px)").matches === true;

/**
 * A coach proposes a job to one of their participants: search by name, pick, send. The server checks the
 * relation and the contact consent and says why when it refuses.
 */
export function ProposeDialog({
  job,
  onClose,
  onProposed,
}: {
  job: JobSummary;
  onClose: () => void;
  onProposed: (name: string) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState("");
  const [submitted, setSubmitted] = useState(false);
  const search = useParticipantSearch(query);
  const propose = useJobCommand();
  const people = search.data?.data ?? [];
  const person = people.find((p) => p.id === chosen);

  function send() {
    setSubmitted(true);
    if (!person) return;
    propose.mutate(
      { path: commands.propose(job.id), body: { participantId: person.id } },
      { onSuccess: () => onProposed(`${person.firstName} ${person.lastName}`) },
    );
  }

  return (
    <Modal
      appElementId="root"
      visible
      variant={smallScreen() ? "smallScreen" : "default"}
      onEscKeyDown={onClose}
    >
      <ModalContent>
        <ModalTitle>{t("jobsAdmin.propose.title", { job: job.title })}</ModalTitle>
        <Paragraph mb="m">{t("jobsAdmin.propose.intro")}</Paragraph>
        <SearchInput
          labelText={t("jobsAdmin.propose.search")}
          clearButtonLabel={t("jobsAdmin.propose.clear")}
          searchButtonLabel={t("jobsAdmin.propose.searchButton")}
          value={query}
          onChange={(v) => setQuery(String(v ?? ""))}
          onSearch={(v) => setQuery(String(v ?? ""))}
          fullWidth
        />
        <div className="propose-results" aria-live="polite">
          {query.trim().length >= 2 && search.isSuccess && people.length === 0 && (
            <Paragraph mt="s">{t("jobsAdmin.propose.none")}</Paragraph>
          )}
          {people.length > 0 && (
            <RadioButtonGroup
              id="propose-person"
              name="propose-person"
              labelText={t("jobsAdmin.propose.choose")}
              value={chosen}
              onChange={setChosen}
              groupStatus={submitted && !person ? "error" : "default"}
              groupStatusText={submitted && !person ? t("jobsAdmin.propose.chooseFirst") : undefined}
            >
              {people.slice(0, 10).map((p) => (
                <RadioButton
                  key={p.id}
                  value={p.id}
                  hintText={[p.village, p.municipality].filter(Boolean).join(", ")}
                >
                  {`${p.firstName} ${p.lastName}`}
                </RadioButton>
              ))}
            </RadioButtonGroup>
          )}
        </div>
        <ProblemAlert error={search.error ?? propose.error} />
      </ModalContent>
      <ModalFooter>
        <Button onClick={send} disabled={propose.isPending}>
          {t("jobsAdmin.propose.send")}
        </Button>
        <Button variant="secondary" onClick={onClose}>
          {t("jobsAdmin.cancel")}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
