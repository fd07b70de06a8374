import { Link } from '../../../components/ui/link';
import type { CastRole, RoleName, TagKind } from '../../../contract/model';
import { inlineLinkClass } from '../../../components/ui/styles';
import { paths } from '../../../config/paths';
import { langOf } from '../../../lib/hangul';

/** A name that links to its tag page when it has one, plain text otherwise. */
function Name({ name }: { name: RoleName }) {
  return name.page ? (
    <Link to={paths.tag.getHref(name.id)} lang={langOf(name.name)} className={inlineLinkClass}>
      {name.name}
    </Link>
  ) : (
    <span lang={langOf(name.name)}>{name.name}</span>
  );
}

/**
 * Who played whom: "Park Ji Hu as Nam On Jo" on a show's page, "Nam On Jo in All of Us
 * Are Dead" on an actor's. Only pairs the knowledge records (see content/emit/roles.ts).
 */
export function CastRoles({ kind, roles }: { kind: TagKind; roles?: CastRole[] }) {
  if (!roles?.length || (kind !== 'show' && kind !== 'person')) return null;
  const onShow = kind === 'show';
  return (
    <section aria-labelledby="tag-roles-heading" className="mt-6">
      <h2 id="tag-roles-heading" className="text-lg font-bold">
        {onShow ? 'Cast and characters' : 'Roles'}
      </h2>
      <ul className="mt-2 space-y-1">
        {roles.map((role) => (
          <li key={`${role.actor.id} ${role.character.id}`} className="min-h-6">
            {onShow ? (
              <>
                <Name name={role.actor} /> as <Name name={role.character} />
              </>
            ) : (
              <>
                <Name name={role.character} />
                {role.show && (
                  <>
                    {' '}
                    in <Name name={role.show} />
                  </>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
