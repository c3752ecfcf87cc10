import { Schema, type Types } from 'mongoose';

/** The figures the public dashboard can show, in the order it shows them. */
export const DASHBOARD_FIGURES = [
  'hoursWorked',
  'peopleWorked',
  'programmes',
  'placesFilled',
  'moneySpent',
] as const;
export type DashboardFigure = (typeof DASHBOARD_FIGURES)[number];

/** The one document's id: there is one region. */
export const REGION_DASHBOARD_ID = 'region';

/**
 * What the region's public dashboard shows, set by the platform's operator: which figures, from
 * which organisations and which programmes (each a funding source), over how many weeks, in
 * which time zone (none: the first organisation's). One document, replaced whole.
 */
export interface RegionDashboard {
  _id: string;
  figures: DashboardFigure[];
  organisations: Types.ObjectId[];
  programmes: Types.ObjectId[];
  timeZone?: string | null;
  weeks: number;
  updatedAt: Date;
  /** The operator's API key that set it. */
  updatedBy: string;
}

export const regionDashboardSchema = new Schema(
  {
    _id: { type: String, required: true },
    figures: { type: [{ type: String, enum: DASHBOARD_FIGURES }], default: [] },
    organisations: { type: [{ type: Schema.Types.ObjectId, ref: 'Organisation' }], default: [] },
    programmes: { type: [{ type: Schema.Types.ObjectId, ref: 'Programme' }], default: [] },
    timeZone: { type: String, default: null },
    weeks: { type: Number, required: true },
    updatedAt: { type: Date, required: true },
    updatedBy: { type: String, required: true },
  },
  { minimize: false, collection: 'region_dashboards' },
);
