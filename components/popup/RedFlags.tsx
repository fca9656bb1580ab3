import type { OrderStage } from '@/utils/model';
import { useTr } from '@/components/shared/LangContext';
import { redFlagsFor } from '@/utils/guide/red-flags';

/** The red flags of domain.md §5 and seed 004, the ones that matter most at this stage first. */
export function RedFlags({ stage }: { stage: OrderStage }) {
  const { tr } = useTr();
  return (
    <ul class="tips red-flags" data-testid="red-flags">
      {redFlagsFor(stage).map((id) => (
        <li key={id} data-flag={id}>
          {tr(`rf.${id}`)}
        </li>
      ))}
    </ul>
  );
}
