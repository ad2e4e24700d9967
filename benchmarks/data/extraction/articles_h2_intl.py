# Turkish, German, French, Spanish and Russian stories for the second held-out part
# (h2-*) of the newsflow extraction set. Fictional; written for newsflow.
# Markup and extra fields as in articles_h2_en.py.
ARTICLES = [
# ------------------------------------------------------------------ Turkish
dict(id="h2-tr-001", lang="tr", tpl="portal", section="Gündem", date="2024-09-24", byline="Elif Karataş",
     title="Mahkemeden 'sahte kampanya' yayan Telegram kanalına erişim engeli",
     caption="Kanalın paylaştığı sahte kampanya görselleri.", credit="Fotoğraf: Temsili",
     body="""
İzmir'de bir sulh ceza hakimliği, ünlü markaların adını kullanarak sahte indirim kampanyaları duyuran bir Telegram kanalına erişim engeli getirdi. Yaklaşık 180 bin takipçisi bulunan kanal, kararın ardından Türkiye'den görüntülenemez hale geldi.

Emniyet Müdürlüğü Siber Suçlarla Mücadele Şube ekiplerinin yürüttüğü soruşturmaya göre kanal, her gün "yüzde 90 indirim" vaat eden onlarca ilan paylaşıyordu. İlanlardaki bağlantılara tıklayan kullanıcılar, gerçek mağazaların sitelerine benzeyen sahte ödeme sayfalarına yönlendiriliyordu.

Kanalın her paylaşımın altına "Bizi takip edin, kampanyaları kaçırmayın" notunu eklediği, takipçilerden de ilanları arkadaşlarıyla paylaşmalarını istediği belirlendi.

## 2 bin 400 şikâyet

Soruşturma kapsamında son altı ayda 2 bin 400'den fazla şikâyet toplandı. Savcılık, mağdurların toplam kaybının 11 milyon lirayı aştığını tahmin ediyor. Kanalı yönettiği değerlendirilen iki kişi gözaltına alındı.

Siber güvenlik uzmanı Burak Demirel, benzer kanalların engellendikten kısa süre sonra farklı isimlerle yeniden açıldığını hatırlattı.

"Erişim engeli ilk adım. Asıl önemli olan, parayı toplayan hesaplara ulaşmak," dedi.

## Vatandaşlara uyarı

Yetkililer, sosyal medyada paylaşılan kampanya bağlantılarına tıklamadan önce markanın resmi internet sitesinin kontrol edilmesini, kart bilgilerinin yalnızca güvenilir sayfalara girilmesini istedi.

Dolandırıcılığa uğradığını düşünen vatandaşların bankalarını arayarak kartlarını kapattırması ve en yakın karakola başvurması gerekiyor.
"""),

dict(id="h2-tr-002", lang="tr", tpl="regional", section="Yerel", date="2024-03-08", byline="Mert Aydoğan",
     title="Büyükşehir gece otobüsü seferlerini üç hatta başlatıyor",
     caption="Konak'taki aktarma merkezinde bekleyen otobüsler.", credit="Fotoğraf: Belediye Basın Birimi",
     body="""
Büyükşehir Belediyesi, hafta sonları gece yarısından sonra da çalışacak otobüs seferlerini nisan ayında üç hatta başlatacağını açıkladı. Seferler cuma ve cumartesi geceleri saat 00.30 ile 05.00 arasında, yarım saatte bir yapılacak.

Uygulamanın ilk aşamasında gece seferlerinin yapılacağı hatlar şunlar:

- Konak – Bornova
- Alsancak – Karşıyaka
- Konak – Gaziemir

Ulaşım Dairesi Başkanı Serdar Kılıç, hat seçiminde hastaneler, üniversite yurtları ve gece çalışan işyerlerinin yoğun olduğu bölgelerin dikkate alındığını söyledi.

"Gece vardiyasından çıkan hemşire de, sınavdan dönen öğrenci de taksiye mecbur kalmasın istiyoruz," dedi.

## Ücret değişmeyecek

Gece seferlerinde ücret, gündüz tarifesiyle aynı olacak. Öğrenci ve 65 yaş üstü indirimleri de geçerli olacak. Her otobüste bir özel güvenlik görevlisi bulunacak.

Belediye, ilk üç ayın sonunda yolcu sayılarını değerlendirecek. Talep yeterli olursa uygulama Buca ve Çiğli hatlarına da genişletilecek.

## Taksiciler tepkili

Şoförler Odası Başkanı Hakan Uçar ise gece seferlerinin taksi esnafını zor durumda bırakacağını savundu. Uçar, belediyeden gece saatlerinde taksi durakları ile otobüs duraklarının aynı noktada olmamasını talep etti.
"""),

dict(id="h2-tr-003", lang="tr", tpl="liveblog", section="Spor", date="2024-05-26", byline="Canlı Anlatım",
     title="CANLI | Kupa finalinde Kıyıspor ile Dağlıcaspor karşı karşıya",
     caption="Final öncesi tribünler doldu.", credit="Fotoğraf: İHA",
     times=["22:51", "22:10", "21:35", "20:44", "19:58"],
     body="""
## Kupa Kıyıspor'un!

Hakemin son düdüğüyle birlikte Kıyıspor, kulüp tarihindeki ilk kupasını kazandı. Maç 2-1 sona erdi. Oyuncular taraftarlarıyla birlikte saha ortasında kutlama yapıyor.

Teknik direktör Orhan Sezer, maçın ardından gözyaşlarını tutamadı. "Bu kupa bu şehrin," dedi.

## 78. dakikada ikinci gol

Kıyıspor, uzatmaya çok az kala öne geçti. Sağ kanattan gelen ortada Emre Yalçın'ın kafa vuruşu filelerle buluştu. Dağlıcaspor oyuncuları bir önceki pozisyonda faul olduğu gerekçesiyle itiraz etti, ancak VAR incelemesinin ardından gol geçerli sayıldı.

## Dağlıcaspor eşitledi

İkinci yarının hemen başında Dağlıcaspor beraberliği yakaladı. Ceza sahası dışından sert vuran kaptan Volkan Er, topu üst köşeye gönderdi: 1-1.

## İlk yarı sona erdi

Kıyıspor, 31. dakikada penaltıdan bulduğu golle soyunma odasına önde girdi. Penaltıyı kullanan Arda Toprak, kaleciyi ters köşeye yatırdı.

## Stadyum doldu

Finale saatler kala 32 bin kişilik stadyumun tamamı doldu. Güvenlik önlemleri kapsamında 2 bin 500 polis görev yapıyor. Maç saat 20.00'de başlayacak. İki takım da finale kadar tek maç kaybetmedi; Kıyıspor ilk kez, Dağlıcaspor ise üçüncü kez kupa finalinde mücadele ediyor. Kentin dört meydanında kurulan dev ekranlarda maçı binlerce kişinin izlemesi bekleniyor.
"""),

dict(id="h2-tr-004", lang="tr", tpl="magazine", section="Kültür-Sanat", date="2024-08-02", byline="Zeynep Ilgaz",
     title="Kazı ekibi 2 bin yıllık mozaiği gün yüzüne çıkardı",
     caption="Mozaiğin temizlenen bölümü.", credit="Fotoğraf: Kazı Başkanlığı",
     pull="Renkler neredeyse ilk günkü kadar canlı.",
     body="""
Muğla'daki antik Keramos kentinde çalışan kazı ekibi, yaklaşık 2 bin yıl önce yapıldığı tahmin edilen 40 metrekarelik bir taban mozaiğini ortaya çıkardı.

Mozaik, kentin liman bölgesinde bulunan ve zengin bir tüccar ailesine ait olduğu düşünülen bir konutun yemek salonunda bulundu. Eserde deniz canlıları, balıkçı tekneleri ve ortada bir yunus figürü yer alıyor.

Kazı başkanı Doç. Dr. Selin Aktaş, mozaiğin yüzyıllar boyunca kalın bir toprak tabakasının altında kaldığı için iyi korunduğunu söyledi.

"Renkler neredeyse ilk günkü kadar canlı. Küçük taşların bir kısmının ithal edildiğini düşünüyoruz," dedi.

## Ziyarete açılacak

Mozaik, koruma çalışmaları tamamlandıktan sonra üzeri kapalı bir yürüme yolu yapılarak ziyaretçilere açılacak. Çalışmaların iki yıl sürmesi bekleniyor.

Ekip, bu sezon ayrıca konutun mutfak bölümünde amphoralar, bronz sikkeler ve bir kandil atölyesine ait kalıplar buldu.

## Gönüllüler de çalıştı

Bu yılki kazıya üniversite öğrencilerinin yanı sıra ilçede yaşayan 15 gönüllü de katıldı. Aktaş, yöre halkının kazıya ilgisinin her yıl arttığını belirterek, "Burası onların mirası, en iyi koruyucular da onlar," diye konuştu.
"""),

# ------------------------------------------------------------------ German
dict(id="h2-de-001", lang="de", tpl="nextjs", section="Digital", date="2024-10-01", byline="Katharina Lindqvist",
     title="Datenschutzbehörde verhängt Bußgeld gegen Reiseportal wegen Cookie-Banner",
     caption="Die Zentrale des Reiseportals in Hamburg.", credit="Foto: Imago",
     body="""
Die Hamburger Datenschutzbehörde hat gegen das Reiseportal Fernweh24 ein Bußgeld von 1,2 Millionen Euro verhängt. Das Unternehmen habe Besucher seiner Website mit einem irreführend gestalteten Cookie-Banner zur Einwilligung in Werbe-Tracking gedrängt, teilte die Behörde am Dienstag mit.

Nach Angaben der Prüfer war die Schaltfläche „Alle akzeptieren“ farbig hervorgehoben, während sich die Ablehnung nur über den Link „Einstellungen“ und anschließend über 38 einzelne Schieberegler erreichen ließ. Zudem seien mehrere Tracking-Cookies bereits gesetzt worden, bevor Nutzer überhaupt eine Wahl treffen konnten.

„Eine Einwilligung, die man nur bekommt, weil die Ablehnung versteckt wird, ist keine Einwilligung“, sagte Behördenleiterin Dr. Miriam Wolters.

## Unternehmen kündigt Einspruch an

Fernweh24 erklärte, man halte das Bußgeld für unverhältnismäßig und werde Einspruch einlegen. Das Banner sei bereits im Frühjahr überarbeitet worden und biete nun auf der ersten Ebene die Option „Alle ablehnen“.

Verbraucherschützer begrüßten die Entscheidung. Die Verbraucherzentrale hatte das Portal bereits 2022 abgemahnt.

## Weitere Verfahren laufen

Nach Angaben der Behörde laufen derzeit Verfahren gegen elf weitere Unternehmen aus dem Onlinehandel und der Reisebranche. Wer Cookies setzen wolle, die nicht technisch notwendig sind, müsse die Ablehnung genauso einfach machen wie die Zustimmung.

Das Bußgeld ist das bislang höchste, das die Behörde im Zusammenhang mit Cookie-Bannern verhängt hat.
"""),

dict(id="h2-de-002", lang="de", tpl="liveblog", section="Wirtschaft", date="2024-01-24", byline="Newsdesk",
     title="Bahnstreik im Liveblog: Fernverkehr fast komplett eingestellt",
     caption="Leere Bahnsteige am Hauptbahnhof.", credit="Foto: dpa",
     times=["16:40", "14:05", "11:32", "09:15", "06:50"],
     body="""
## Gewerkschaft schließt Verlängerung nicht aus

Der Vorsitzende der Lokführergewerkschaft, Jens Harder, hat eine Verlängerung des Streiks über Freitag hinaus nicht ausgeschlossen. „Wir sind nicht diejenigen, die den Tisch verlassen haben“, sagte er am Nachmittag vor Journalisten in Frankfurt.

## Pendler steigen aufs Auto um

Auf den Autobahnen rund um Köln und Düsseldorf meldet der ADAC deutlich mehr Verkehr als an normalen Werktagen. Zwischen Leverkusen und Hilden staute sich der Verkehr am Vormittag auf bis zu 14 Kilometern.

## Mehr Andrang an den Flughäfen

Die Flughäfen in Frankfurt und München melden deutlich mehr Passagiere auf Inlandsflügen. Die Lufthansa setzt auf den Strecken nach Hamburg und Berlin größere Maschinen ein. Viele Flüge am Nachmittag sind nach Angaben der Airline bereits ausgebucht.

## Bahn richtet Ersatzfahrplan ein

Die Bahn hat nach eigenen Angaben einen Notfahrplan für den Fernverkehr aktiviert. Rund 20 Prozent der üblichen Verbindungen sollen fahren, vor allem auf den Strecken zwischen Berlin, Hamburg und München. Fahrgäste, die ihre Reise verschieben, können ihr Ticket bis eine Woche nach Streikende nutzen.

„Wir bitten alle Reisenden, sich vor Fahrtantritt online zu informieren“, sagte eine Sprecherin.

## Streik hat begonnen

Der Streik im Personenverkehr hat um 2 Uhr in der Nacht begonnen und soll bis Freitagabend dauern. Im Güterverkehr wird bereits seit Dienstagabend gestreikt. Die Gewerkschaft fordert unter anderem eine Verkürzung der Wochenarbeitszeit auf 35 Stunden bei vollem Lohnausgleich.
"""),

dict(id="h2-de-003", lang="de", tpl="semantic", section="Wissen", date="2024-06-05", byline="Tobias Reinhold", low=1,
     title="Schweizer Gletscher verlieren so viel Eis wie nie zuvor gemessen",
     caption="Der Rhonegletscher im Sommer.", credit="Foto: Keystone",
     body="""
Die Gletscher in der Schweiz haben im vergangenen Jahr rund vier Prozent ihres verbliebenen Eisvolumens verloren. Das geht aus dem Jahresbericht des Gletschermessnetzes hervor, der am Mittwoch in Zürich vorgestellt wurde. Nur im Jahr zuvor war der Verlust ähnlich hoch gewesen.

Innerhalb von zwei Jahren sei damit so viel Eis verschwunden wie zwischen 1960 und 1990 insgesamt, schreiben die Forschenden. Als Hauptursachen nennen sie einen schneearmen Winter und einen außergewöhnlich warmen Spätsommer, in dem die Nullgradgrenze zeitweise auf über 5.000 Meter stieg.

## Kleine Gletscher verschwinden

Besonders betroffen sind kleine Gletscher unterhalb von 3.000 Metern. Mehrere von ihnen könnten nach Einschätzung der Fachleute bereits in den kommenden zehn Jahren vollständig verschwinden. An einigen Messpunkten mussten die Pegelstangen neu gebohrt werden, weil sie aus dem Eis gefallen waren.

„Wir messen inzwischen an Stellen, an denen vor zwanzig Jahren noch dreißig Meter Eis lagen, blanken Fels“, sagte die Glaziologin Andrea Berchtold.

## Folgen für Wasser und Energie

Der Rückgang hat Folgen weit über die Alpen hinaus. Gletscher speisen im Sommer Flüsse wie Rhein und Rhone, die für Schifffahrt, Landwirtschaft und die Kühlung von Kraftwerken wichtig sind. Auch die Wasserkraft, die rund 60 Prozent des Schweizer Stroms liefert, ist auf Schmelzwasser angewiesen.

Die Forschenden fordern, die Messungen langfristig zu sichern. Die Finanzierung des Messnetzes ist derzeit nur bis 2026 gesichert.
"""),

# ------------------------------------------------------------------ French
dict(id="h2-fr-001", lang="fr", tpl="magazine", section="Culture", date="2024-09-14", byline="Hélène Marchetti",
     title="Le prix Visa d'or décerné à une photographe de presse régionale",
     caption="Camille Ferrand lors de la remise du prix à Perpignan.", credit="Photo : Jean-Luc Bardet",
     pull="Je photographie des gens que je recroiserai au marché le samedi.",
     body="""
Pour la première fois, le Visa d'or de l'information régionale a été attribué vendredi soir à une photographe qui n'a jamais quitté son département. Camille Ferrand, 34 ans, travaille depuis dix ans pour un quotidien de la Creuse.

Sa série, intitulée Les Derniers Guichets, suit pendant un an la fermeture des bureaux de poste, des agences bancaires et des gares dans une vingtaine de villages. On y voit une factrice qui rend ses clés, un chef de gare qui éteint la lumière, une cliente qui attend devant un distributeur hors service.

« Je photographie des gens que je recroiserai au marché le samedi. Je n'ai pas le droit de les trahir », a-t-elle expliqué en recevant son prix.

## Une signature devenue familière

Dans son journal, chacune de ses images est accompagnée de la mention Photo : Camille Ferrand, en petits caractères sous la légende. Plusieurs lecteurs lui ont écrit qu'ils cherchaient désormais ce nom avant de lire l'article.

Le jury a salué « un regard d'une grande délicatesse, qui ne tombe jamais dans la nostalgie ». Le prix est doté de 8 000 euros.

## La presse locale à l'honneur

Le directeur du festival, Pierre Aubanel, a rappelé que les rédactions régionales emploient de moins en moins de photographes salariés. « Ce prix dit aussi que ce métier existe encore en dehors de Paris », a-t-il souligné.

Camille Ferrand prépare désormais un livre tiré de sa série, qui doit paraître au printemps.
"""),

dict(id="h2-fr-002", lang="fr", tpl="regional", section="Société", date="2024-02-12", byline="Julien Castagné",
     title="Grève des éboueurs à Montclair : 2 000 tonnes de déchets dans les rues",
     caption="Des sacs-poubelle entassés rue de la République.", credit="Photo : Julien Castagné",
     body="""
Au dixième jour de grève des agents de collecte, près de 2 000 tonnes de déchets s'accumulent sur les trottoirs de Montclair. La mairie a annoncé lundi qu'elle ferait appel à une entreprise privée pour vider en priorité les abords des écoles et des marchés.

Les grévistes, soutenus par deux syndicats, réclament une prime de pénibilité et le remplacement des camions les plus anciens. Selon eux, un tiers de la flotte a plus de quinze ans et tombe régulièrement en panne.

« On nous demande de faire la même tournée avec moins de camions et plus de quartiers », explique Karim Benali, éboueur depuis dix-neuf ans.

## Inquiétude des commerçants

Dans le centre-ville, les restaurateurs s'inquiètent de l'arrivée des beaux jours. Plusieurs ont installé des bacs fermés devant leur établissement à leurs frais.

« Les clients ne veulent pas manger en terrasse à côté d'une montagne de sacs », résume la gérante d'une brasserie de la place du Marché.

## Les négociations reprennent

L'adjoint au maire chargé de la propreté, Antoine Delorme, a proposé une prime de 60 euros par mois, jugée insuffisante par les syndicats, qui demandent 150 euros. Une nouvelle réunion est prévue mercredi.

En attendant, la mairie demande aux habitants de garder leurs déchets chez eux autant que possible et de ne pas déposer d'encombrants sur la voie publique.
"""),

dict(id="h2-fr-003", lang="fr", tpl="wordpress", section="Économie", date="2024-07-08", byline="Sophie Lambertin",
     title="Après la grêle, les vignerons du Val d'Aubre comptent leurs pertes",
     caption="Une parcelle de vigne touchée par la grêle.", credit="Photo : Sophie Lambertin",
     body="""
Il n'a fallu qu'un quart d'heure. Samedi en fin d'après-midi, un orage de grêle s'est abattu sur le Val d'Aubre, détruisant jusqu'à 80 % de la récolte sur certaines parcelles, à deux mois des vendanges.

Les grêlons, parfois gros comme des noix, ont déchiqueté les feuilles et éclaté les grappes sur près de 1 200 hectares, selon une première estimation de la chambre d'agriculture.

« En trente ans de métier, je n'avais jamais vu ça. Les vignes ressemblent à des balais », témoigne Bernard Coustal, dont le domaine familial compte 25 hectares.

## Peu de vignerons assurés

Seul un vigneron sur trois dans l'appellation est couvert par une assurance récolte, jugée trop chère par beaucoup. Les autres devront compter sur leurs stocks des années précédentes ou sur d'éventuelles aides publiques.

Le préfet s'est rendu sur place dimanche et a promis de demander la reconnaissance de l'état de calamité agricole. Les viticulteurs réclament aussi un report de leurs cotisations sociales.

## Des vignes fragilisées pour l'an prochain

Au-delà de la récolte 2024, les professionnels s'inquiètent pour la suivante. Les bois abîmés par la grêle risquent de moins bien porter de fruits l'an prochain.

« Le vrai coût, on le verra dans deux ans », prévient l'œnologue Martine Sabatier, qui conseille une quarantaine de domaines de la vallée.
"""),

# ------------------------------------------------------------------ Spanish
dict(id="h2-es-001", lang="es", tpl="cms", section="Economía", date="2024-05-30", byline="Andrés Villalobos",
     title="Las acciones de Aerolíneas Brisa se desploman un 14% tras un aviso sobre beneficios",
     caption="Un avión de la compañía en el aeropuerto de Valencia.", credit="Foto: Aerolíneas Brisa",
     body="""
Las acciones de Aerolíneas Brisa cayeron este jueves un 14% en la Bolsa de Madrid, su mayor descenso en un solo día desde la pandemia, después de que la compañía advirtiera de que su beneficio anual será hasta un 25% inferior al previsto.

La aerolínea atribuye el ajuste al encarecimiento del combustible y a los retrasos en la entrega de nueve aviones nuevos, que la obligarán a mantener en servicio aparatos más antiguos y menos eficientes durante todo el verano.

Al cierre de la sesión, los títulos se situaban en 6,12 euros. La caída ha restado unos 480 millones de euros al valor de la empresa en bolsa.

"El verano va a ser bueno en demanda, pero volar nos cuesta más de lo que esperábamos", reconoció el consejero delegado, Rafael Montero, en una conferencia con inversores.

## Los analistas rebajan sus previsiones

Varios analistas que siguen la compañía rebajaron su precio objetivo tras el anuncio. Según una nota de la firma Alcázar Valores, el problema de los aviones "no se resolverá antes de 2025".

Otros expertos creen que la reacción del mercado ha sido exagerada. "La empresa sigue ganando dinero y tiene caja suficiente", señaló la analista Lucía Herrero.

## Sin cambios en las rutas

La compañía aseguró que no cancelará rutas este verano y que mantiene su plan de abrir cuatro nuevos destinos en el norte de África en otoño. Tampoco prevé cambios en su plantilla, de unas 3.200 personas.
"""),

dict(id="h2-es-002", lang="es", tpl="nextjs", section="Sociedad", date="2024-08-28", byline="Marta Echeverría",
     title="Los embalses de la cuenca del Segura caen por debajo del 20%",
     caption="El embalse de La Fuensanta, con el nivel muy bajo.", credit="Foto: Europa Press",
     body="""
Los embalses de la cuenca del Segura almacenan esta semana solo el 18,6% de su capacidad, el nivel más bajo registrado a finales de agosto en las últimas tres décadas, según los datos publicados este miércoles por la confederación hidrográfica.

La reserva ha perdido 41 hectómetros cúbicos en el último mes, debido al calor extremo y al riego de los cultivos de verano. En la misma semana del año pasado, los embalses estaban al 27%.

## Restricciones para el regadío

La confederación ha anunciado que reducirá un 30% las dotaciones para los regantes a partir de octubre si no llueve de forma significativa en septiembre. Los agricultores de la Vega Baja ya han pedido ayudas para compensar la pérdida de cosechas.

"Estamos regando la mitad de lo que necesitan los árboles. Algunos limoneros no van a aguantar otro verano así", explica Josefa Martínez, que cultiva doce hectáreas en Orihuela.

## El consumo humano, garantizado

Las autoridades insisten en que el abastecimiento de agua potable a las ciudades está garantizado, gracias a las desaladoras y a los trasvases. Aun así, varios municipios han prohibido llenar piscinas privadas y regar jardines durante el día.

Los expertos advierten de que el problema no se resolverá con una sola temporada de lluvias. "Necesitaríamos dos o tres años normales seguidos para recuperar las reservas", señala el hidrólogo Tomás Reverte, de la Universidad de Murcia.
"""),

dict(id="h2-es-003", lang="es", tpl="amp", section="Cultura", date="2024-10-19", byline="Daniela Sáez", low=1,
     title="Una ópera prima sobre pescadores gallegos gana el festival de cine de Valdemora",
     caption="La directora Nerea Castro recoge el premio.", credit="Foto: Festival de Valdemora",
     body="""
La película Marea Baja, primer largometraje de la directora gallega Nerea Castro, ganó este sábado la Concha de Bronce a la mejor película en el festival de cine de Valdemora, imponiéndose a otras catorce obras de la sección oficial.

La cinta sigue durante un invierno a tres generaciones de una familia de mariscadoras de la ría de Arousa. Castro rodó durante once meses con actrices no profesionales, la mayoría vecinas de su pueblo natal.

"Quería contar el trabajo de mi madre y de mi abuela sin convertirlo en una postal", dijo la directora al recoger el premio, visiblemente emocionada.

## Reconocimiento a la interpretación

El jurado, presidido por el director argentino Martín Lozano, destacó "la verdad de unas interpretaciones que no parecen interpretaciones". Una de las protagonistas, Carmen Rial, de 79 años, recibió además una mención especial.

El premio al mejor director fue para el mexicano Julián Ortega por Los Días Largos, un drama sobre un conductor de autobús en Ciudad de México, mientras que el premio del público recayó en la comedia Todo Incluido.

## Estreno en noviembre

Marea Baja llegará a las salas españolas el 22 de noviembre. La productora negocia ya su distribución en Francia y Portugal.

Castro, que trabajó durante años como montadora de documentales, ha anunciado que su próximo proyecto se rodará también en Galicia.
"""),

# ------------------------------------------------------------------ Russian
dict(id="h2-ru-001", lang="ru", tpl="regional", section="Общество", date="2024-04-16", byline="Анна Белоусова",
     title="Суд заблокировал Telegram-канал, публиковавший данные пассажиров такси",
     caption="Здание районного суда.", credit="Фото: Анна Белоусова",
     body="""
Ленинский районный суд удовлетворил иск прокуратуры и признал запрещённой информацию из Telegram-канала, в котором публиковались имена, телефоны и адреса поездок пассажиров городского такси. Канал, на который были подписаны около 35 тысяч человек, будет заблокирован.

По данным прокуратуры, сведения попадали в канал из базы одного из агрегаторов такси. Администраторы продавали доступ к полным выгрузкам за плату, а в открытых постах выкладывали «образцы» с частично скрытыми номерами.

В описании канала было написано: «Подписывайтесь на канал, чтобы узнать, куда ездит ваш сосед». По словам прокурора, эта фраза показывает, что данные распространялись намеренно.

## Агрегатор проводит проверку

Компания-агрегатор сообщила, что находится на связи с правоохранительными органами и проводит внутреннюю проверку. По предварительным данным, утечка могла произойти через учётную запись одного из сотрудников службы поддержки.

«Мы уже изменили порядок доступа к данным поездок и уведомили пользователей, чьи сведения могли пострадать», — говорится в заявлении компании.

## Что делать пассажирам

Эксперт по информационной безопасности Павел Громов советует пассажирам сменить пароль в приложении такси и не сообщать по телефону коды из SMS, даже если звонящий представляется сотрудником службы поддержки.

Решение суда может быть обжаловано в течение месяца.
"""),

dict(id="h2-ru-002", lang="ru", tpl="nextjs", section="Город", date="2024-07-02", byline="Игорь Саблин",
     title="Старый мост через Исеть закроют на ремонт на полтора года",
     caption="Старый мост через Исеть.", credit="Фото: пресс-служба мэрии",
     body="""
Старый мост через Исеть в центре города закроют для машин с 15 июля. Ремонт продлится около полутора лет, сообщили в мэрии во вторник.

Мост построен в 1962 году и не ремонтировался капитально больше тридцати лет. По данным обследования, часть несущих балок находится в аварийном состоянии, а ограничение по весу для грузовиков действует с прошлой осени.

## Как будет организовано движение

На время ремонта по мосту смогут пройти только пешеходы — для них оставят тротуар с одной стороны. Автобусы пустят по Набережной улице через Северный мост, на котором добавят полосу для общественного транспорта.

Маршруты, которые изменятся с 15 июля:

- автобусы № 12 и № 27;
- троллейбус № 5;
- маршрутное такси № 44.

Водителям советуют заранее планировать поездки: в часы пик на Северном мосту ожидаются заторы.

«Мы понимаем, что это неудобно, но откладывать ремонт дальше нельзя», — заявил заместитель главы города Олег Веретенников.

## Стоимость работ

Ремонт обойдётся в 1,4 миллиарда рублей, большую часть средств выделит региональный бюджет. Подрядчика выбрали по итогам конкурса в июне. После ремонта на мосту появятся велосипедные дорожки и новое освещение.
"""),

dict(id="h2-ru-003", lang="ru", tpl="storybody", section="Культура", date="2024-11-22", byline="Марина Лещенко",
     title="Краеведческий музей покажет коллекцию фотографий, найденную на чердаке",
     caption="Одна из найденных стеклянных пластин.", credit="Фото: краеведческий музей",
     body="""
Краеведческий музей откроет в декабре выставку фотографий начала XX века, которые нашли на чердаке старого дома на улице Пушкина во время его ремонта.

Коробку с более чем 600 стеклянными негативами обнаружили строители весной. Они передали находку в музей, где снимки полгода отсканировали и очистили.

На фотографиях — улицы города, ярмарки, пароходная пристань, семейные портреты и виды строящегося вокзала. По подписям на конвертах удалось установить автора: им оказался местный аптекарь Николай Зуев, увлекавшийся фотографией.

«Это почти полная летопись города за пятнадцать лет. Многих зданий на снимках давно нет», — рассказала директор музея Елена Карпова.

## Поиск героев снимков

Музей просит горожан помочь установить имена людей на портретах. Часть фотографий уже опубликована на сайте музея, и за первую неделю сотрудники получили более ста писем.

Одна из жительниц узнала на снимке свою прабабушку и принесла в музей её свадебное платье, которое теперь тоже войдёт в экспозицию.

## Выставка и книга

Выставка откроется 14 декабря и продлится до конца марта. Вход для школьников будет бесплатным. Музей также планирует выпустить альбом с лучшими снимками Зуева.
"""),
]
