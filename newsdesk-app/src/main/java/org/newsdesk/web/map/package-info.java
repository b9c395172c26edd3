/**
 * A world map as inline SVG, drawn from bundled Natural Earth country shapes with no tile server
 * and no script: {@link org.newsdesk.web.map.WorldMap} is the front door, {@link
 * org.newsdesk.web.map.MapRequest} says what to draw ({@link org.newsdesk.web.map.MapPoint}
 * marks, highlighted countries, a {@link org.newsdesk.web.map.BoundingBox} to zoom to).
 *
 * <p>Inside: {@link org.newsdesk.web.map.TopoJsonDecoder} turns the topology into rings, {@link
 * org.newsdesk.web.map.Antimeridian} cuts them where the flat map has its edge, {@link
 * org.newsdesk.web.map.MapView} projects, {@link org.newsdesk.web.map.SvgMapWriter} writes.
 *
 * <p>Null contract: no method returns null; a country the data does not know is an empty
 * {@link java.util.Optional}. The one nullable value is {@link
 * org.newsdesk.web.map.MapPoint#href()}, a point without a link.
 */
package org.newsdesk.web.map;
