import type { FastifyInstance } from 'fastify';
import { agencyLevelLabels, isAgencyLevel } from '../../../domain/agencies/agency-level.ts';
import { agencyScope, may } from '../../../domain/access/policy.ts';
import { roleLabels } from '../../../domain/access/roles.ts';
import { agencyTarget, listAgenciesInScope } from '../../../db/repositories/agencies.ts';
import { listWorkQueue } from '../../../use-cases/disclosure-requests/list-work-queue.ts';
import { countPublicationTasks } from '../../../use-cases/publications/count-publication-tasks.ts';
import { publicationsHref } from '../publications/publication-links.ts';
import { workQueueHref } from '../requests/request-links.ts';
import type { WebContext } from '../../shared/web-context.ts';
import { agencyAdminHref } from '../back-office-layout.ts';
import { staffSessionOf } from '../staff-session.ts';
import { renderDashboardPage, type DashboardView } from './dashboard-page.ts';

export function registerDashboardRoutes(scope: FastifyInstance, context: WebContext): void {
  scope.get('/', async (request, reply) => {
    const session = staffSessionOf(request);
    const { actor, agency } = session;
    const links: DashboardView['links'] = [
      {
        label: '本机关信息',
        href: agencyAdminHref(agency.slug),
        description: '机关名称和政府信息公开工作机构的联系方式（用于公开指南）。',
      },
    ];
    if (may(actor, 'user.view').isAllowed) {
      links.push({
        label: '用户管理',
        href: agencyAdminHref(agency.slug, 'users'),
        description: '本机关的工作人员账号和角色。',
      });
    }
    if (may(actor, 'event.view').isAllowed) {
      links.push({
        label: '事件日志',
        href: agencyAdminHref(agency.slug, 'events'),
        description: '每一项变更的记录，可校验是否被篡改。',
      });
    }
    if (may(actor, 'report.import').isAllowed) {
      links.push({
        label: '年度报告导入',
        href: '/admin/reports/imports',
        description: '导入各机关已公开的年度报告，核对统计表并与上一年度对比。',
      });
    }
    const canHandleRequests = may(
      actor,
      'request.handle',
      await agencyTarget(context.useCases.db, agency.id),
    ).isAllowed;
    if (canHandleRequests) {
      links.unshift({
        label: '依申请公开办理',
        href: '/admin/requests',
        description: '登记申请、补正、征求意见、延期、答复和送达，按答复期限排序。',
      });
    }
    const scopeOfView = agencyScope(actor, 'agency.view');
    const isOverseer = scopeOfView.kind === 'all' || scopeOfView.kind === 'subtree';
    if (isOverseer)
      links.push({ label: '机关管理', href: '/admin/agencies', description: '查看和登记机关。' });
    const view: DashboardView = {
      displayName: actor.displayName,
      username: session.username,
      agencyName: agency.name,
      roleLabels: actor.roles.map((role) => roleLabels[role]),
      links,
    };
    if (canHandleRequests) {
      const queue = await listWorkQueue(context.useCases, actor);
      view.requestReminders = {
        dueSoonCount: queue.phaseCounts.dueSoon,
        overdueCount: queue.phaseCounts.overdue,
        dueSoonHref: workQueueHref({ tab: 'dueSoon' }),
        overdueHref: workQueueHref({ tab: 'overdue' }),
      };
    }
    const publicationTaskCount = await countPublicationTasks(context.useCases, actor, {
      agencyId: agency.id,
    });
    if (publicationTaskCount !== null) {
      view.publicationTasks = {
        count: publicationTaskCount,
        href: publicationsHref(agency.slug, { filter: 'myTasks' }),
        catalogueHref: publicationsHref(agency.slug),
      };
    }
    if (isOverseer) {
      const agencies = await listAgenciesInScope(context.useCases.db, scopeOfView);
      view.overseenAgencies = agencies.map((row) => ({
        name: row.name,
        href: agencyAdminHref(row.slug),
        levelLabel: isAgencyLevel(row.level) ? agencyLevelLabels[row.level] : row.level,
      }));
    }
    return reply
      .type('text/html; charset=utf-8')
      .send(renderDashboardPage({ session, csrfToken: reply.generateCsrf(), view }));
  });
}
