import { useParams } from "react-router";
import { AnswerFlow } from "./AnswerFlow";

/** /me/self-assessment/answer/:id: the participant answers on their own device. */
export function MyAnswerPage() {
  const { id = "" } = useParams();
  return <AnswerFlow key={id} scope={{ kind: "me" }} answerId={id} />;
}

/** /participants/:participantId/self-assessment/answer/:id: the participant answers on the coach's device. */
export function CoachAnswerPage() {
  const { participantId = "", id = "" } = useParams();
  return <AnswerFlow key={id} scope={{ kind: "coach", participantId }} answerId={id} />;
}
